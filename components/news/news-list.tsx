import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localize, localizedLang } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import type { NewsListItem } from '@/lib/news/queries';
import { publicNewsPath } from '@/lib/news/paths';
import { ResourceImage } from '@/components/images/resource-image';

/**
 * A list of visible news posts: title (linking to the post), date in the reader's language and the organization's
 * time zone, areas, summary and the post's image as a thumbnail (its alt text kept: the image may say what the
 * summary does not). Used by the component page, the area pages and the front page; `showSpace` names
 * the space each post comes from where posts of several spaces are mixed.
 */
export async function NewsList({ posts, locale, headingLevel = 3, showSpace = false }: {
  posts: NewsListItem[];
  locale: Locale;
  headingLevel?: 2 | 3;
  showSpace?: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'news.public' }), getFormatter({ locale })]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="mt-4 space-y-4">
      {posts.map((post) => {
        const summary = localize(post.summary, locale);
        return (
          <li key={post.id} className="flex flex-col gap-4 rounded border border-gray-300 p-4 sm:flex-row">
            {post.image && (
              <ResourceImage image={post.image} locale={locale} sizes="(min-width: 40rem) 10rem, 100vw" className="h-auto w-full rounded sm:w-40 sm:self-start" />
            )}
            <div className="min-w-0 flex-1">
            <Heading className="text-xl font-semibold" lang={localizedLang(post.title, locale)}>
              <Link href={publicNewsPath(post.component.space.slug, post.component.id, post.id)} className="text-brand-700 underline hover:text-brand-800">
                {localize(post.title, locale)}
              </Link>
            </Heading>
            <p className="mt-1 text-sm text-muted">
              {post.isPinned && <><span className="font-semibold">{t('pinned')}</span> · </>}
              {post.publishAt && <time dateTime={post.publishAt.toISOString()}>{format.dateTime(post.publishAt, 'long')}</time>}
              {showSpace && (
                <> · <span lang={localizedLang(post.component.space.title, locale)}>{localize(post.component.space.title, locale)}</span></>
              )}
              {post.areas.length > 0 && (
                <> · {t('areas')}: {post.areas.map((a) => localize(a.area.name, locale)).join(', ')}</>
              )}
            </p>
            {summary && <p className="mt-2" lang={localizedLang(post.summary, locale)}>{summary}</p>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
