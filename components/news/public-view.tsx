import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { findVisibleComponentPosts, getVisiblePost } from '@/lib/news/queries';
import { FollowControl } from '@/components/follows/follow-control';
import { publicNewsPath } from '@/lib/news/paths';
import type { NewsPhaseSettings, NewsSettings } from '@/lib/news/settings';
import { MarkdownContent } from '@/components/pages/markdown-content';
import { ResourceImage } from '@/components/images/resource-image';
import { CommentSection } from '@/components/comments/comment-section';
import { NewsList } from './news-list';

function pageNumber(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

/**
 * The public side of a News component: the visible posts, pinned first and then newest, a page at a time (path []),
 * or one post with its Markdown body (path [postId]). Drafts, scheduled and unpublished posts are "not found".
 */
export async function NewsPublicView({ component, space, settings, actor, actions, locale, path, searchParams }: ComponentContext<NewsSettings, NewsPhaseSettings>) {
  if (path.length > 1) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'news.public' }), getFormatter({ locale })]);
  const componentName = localize(component.name, locale);
  const listHref = publicNewsPath(space.slug, component.id);

  if (path.length === 1) {
    const post = await getVisiblePost(actor, space.organizationId, component.id, path[0]!);
    if (!post) notFound();
    return (
      <article>
        <p className="text-sm font-semibold uppercase tracking-wide text-muted" lang={localizedLang(component.name, locale)}>{componentName}</p>
        <h1 lang={localizedLang(post.title, locale)} className="text-3xl font-bold">{localize(post.title, locale)}</h1>
        <p className="mt-2 text-muted">
          {post.publishAt && <time dateTime={post.publishAt.toISOString()}>{format.dateTime(post.publishAt, 'long')}</time>}
          {post.areas.length > 0 && <> · {t('areas')}: {post.areas.map((a) => localize(a.area.name, locale)).join(', ')}</>}
        </p>
        <div className="mt-4">
          <FollowControl target={{ type: 'news_post', id: post.id }} locale={locale} returnTo={publicNewsPath(space.slug, component.id, post.id)} />
        </div>
        {post.image && (
          <ResourceImage image={post.image} locale={locale} sizes="(min-width: 48rem) 48rem, 100vw" priority className="mt-6 h-auto w-full max-w-3xl rounded" />
        )}
        <MarkdownContent className="mt-6" source={localize(post.body, locale)} lang={localizedLang(post.body, locale)} />
        <CommentSection
          resource={{ type: 'news_post', id: post.id }}
          resourcePath={publicNewsPath(space.slug, component.id, post.id)}
          availability={actions.comment ?? { available: false, reason: 'notEnabled' }}
          closed={false}
          alignmentEnabled={settings.commentAlignment}
          searchParams={searchParams}
        />
        <p className="mt-8">
          <Link href={listHref} className="text-brand-700 underline">{t('backToList', { component: componentName })}</Link>
        </p>
      </article>
    );
  }

  const page = pageNumber(searchParams.sivu);
  const { total, posts } = await findVisibleComponentPosts(actor, space.organizationId, component.id, { page, perPage: settings.postsPerPage });
  const pages = Math.max(1, Math.ceil(total / settings.postsPerPage));
  if (page > pages) notFound();
  return (
    <div>
      <h1 lang={localizedLang(component.name, locale)} className="text-3xl font-bold">{componentName}</h1>
      {posts.length === 0 ? (
        <p className="mt-4 text-muted">{t('empty')}</p>
      ) : (
        <NewsList posts={posts} locale={locale} headingLevel={2} />
      )}
      {pages > 1 && (
        <nav aria-label={t('pagination')} className="mt-6 flex flex-wrap items-center gap-4">
          {page > 1 && <Link href={`${listHref}?sivu=${page - 1}`} className="text-brand-700 underline">{t('previous')}</Link>}
          <span>{t('pageOf', { page, pages })}</span>
          {page < pages && <Link href={`${listHref}?sivu=${page + 1}`} className="text-brand-700 underline">{t('next')}</Link>}
        </nav>
      )}
    </div>
  );
}
