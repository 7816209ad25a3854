import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import { asLocalizedText, localize, localizedLang } from '@/lib/core/localized-text';
import { instantToZonedLocal } from '@/lib/core/zoned-time';
import { type AdminNewsPost, findPostFormChoices, findPostsForAdmin, getPostForAdmin } from '@/lib/news/queries';
import { adminNewsPath, publicNewsPath } from '@/lib/news/paths';
import { newsPostState } from '@/lib/news/post-state';
import type { NewsPostFormValues } from '@/lib/news/schema';
import { imageUrl, pickVariant } from '@/lib/images/image-variants';
import type { NewsPhaseSettings, NewsSettings } from '@/lib/news/settings';
import { NewsPostForm } from './news-post-form';
import { NewsRowActions } from './news-row-actions';

function texts(value: unknown) {
  const t = asLocalizedText(value);
  return { fi: t.fi ?? '', sv: t.sv ?? '', en: t.en ?? '' };
}

function formValues(post: AdminNewsPost | null, defaultAreaIds: string[], timeZone: string, now: Date): NewsPostFormValues {
  const state = post ? newsPostState(post, now) : 'draft';
  return {
    title: texts(post?.title),
    summary: texts(post?.summary),
    body: texts(post?.body),
    areaIds: post ? post.areas.map((a) => a.areaId) : defaultAreaIds,
    publication: state === 'draft' ? 'draft' : state === 'scheduled' ? 'schedule' : 'now',
    scheduledAt: post?.publishAt && state === 'scheduled' ? instantToZonedLocal(post.publishAt, timeZone) : '',
    isPinned: post?.isPinned ?? false,
    image: post?.image ? { id: post.image.id, alt: texts(post.image.alt), decorative: post.image.decorative } : null,
  };
}

function previewUrl(post: AdminNewsPost | null): string | undefined {
  const variant = post?.image ? pickVariant(post.image, 480) : null;
  return post?.image && variant ? imageUrl(post.image.id, variant.width) : undefined;
}

/**
 * The admin side of a News component: the list of posts with their state (path []), a new post (['new']) and
 * editing one post (['edit', postId]). The route has already checked the kind's `manage` permission; every action
 * checks it again.
 */
export async function NewsAdminView({ component, space, locale, path }: ComponentContext<NewsSettings, NewsPhaseSettings>) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'news.admin' }), getFormatter({ locale })]);
  const listHref = adminNewsPath(space.id, component.id);
  const componentName = localize(component.name, locale);
  const now = new Date();
  const back = (
    <p className="mt-6">
      <Link href={listHref} className="text-brand-700 underline">{t('backToList')}</Link>
    </p>
  );

  if ((path.length === 1 && path[0] === 'new') || (path.length === 2 && path[0] === 'edit')) {
    const [choices, post] = await Promise.all([
      findPostFormChoices(space.organizationId, space.id),
      path[0] === 'edit' ? getPostForAdmin(component.id, path[1]!) : Promise.resolve(null),
    ]);
    if (path[0] === 'edit' && !post) notFound();
    const areas = choices.areas.map((a) => ({ id: a.id, name: localize(a.name, locale), lang: localizedLang(a.name, locale) }));
    return (
      <div>
        <h1 className="mb-6 text-3xl font-bold">
          {post ? (
            <>
              {t('editHeading')}: <span lang={localizedLang(post.title, locale)}>{localize(post.title, locale)}</span>
            </>
          ) : (
            t('newHeading', { component: componentName })
          )}
        </h1>
        <NewsPostForm
          componentId={component.id}
          postId={post?.id}
          defaultValues={formValues(post, choices.defaultAreaIds, choices.timeZone, now)}
          areas={areas}
          timeZone={choices.timeZone}
          listHref={listHref}
          imagePreviewUrl={previewUrl(post)}
        />
        {back}
      </div>
    );
  }

  if (path.length > 0) notFound();

  const posts = await findPostsForAdmin(component.id);
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">
        {t('listHeading')}: <span lang={localizedLang(component.name, locale)}>{componentName}</span>
      </h1>
      <p className="mb-6 text-muted">{t('intro')}</p>
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href={adminNewsPath(space.id, component.id, 'new')} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('newPost')}
        </Link>
        {component.isPublished && space.isPublished && (
          <Link href={publicNewsPath(space.slug, component.id)} className="px-1 py-2 text-brand-700 underline">{t('viewPublic')}</Link>
        )}
      </p>
      {posts.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-lg font-bold">{t('tableCaption')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-2 pr-4">{t('columns.title')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.state')}</th>
                <th scope="col" className="py-2">{t('columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {posts.map((post) => {
                const title = localize(post.title, locale);
                const state = newsPostState(post, now);
                const when = post.publishAt ? format.dateTime(post.publishAt, { dateStyle: 'short', timeStyle: 'short' }) : '';
                return (
                  <tr key={post.id} className="border-b border-gray-300 align-top">
                    <th scope="row" className="py-3 pr-4 font-semibold">
                      <Link href={adminNewsPath(space.id, component.id, 'edit', post.id)} className="text-brand-700 underline" lang={localizedLang(post.title, locale)}>
                        {title}
                      </Link>
                    </th>
                    <td className="py-3 pr-4">
                      {t(`states.${state}`, { time: when })}
                      {post.isPinned && <> · {t('pinned')}</>}
                    </td>
                    <td className="py-3">
                      <NewsRowActions componentId={component.id} postId={post.id} title={title} state={state} isPinned={post.isPinned} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
