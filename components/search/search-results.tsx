import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localize, localizedLang } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import { SEARCH_MAX_PAGE, SEARCH_MAX_RESULTS, SEARCH_PAGE_SIZE, searchQueryString, type SearchRequest } from '@/lib/search/params';
import type { SearchResults as Results } from '@/lib/search/queries';
import { HighlightedText } from './highlighted-text';

/**
 * One page of search results under a heading: how many were found (a polite status, read out after the page loads),
 * each result's kind, title linking to it (for a comment, the commented resource's), space, date and an excerpt with
 * the searched words marked; previous and next page links that keep the search and its filters.
 */
export async function SearchResults({ results, request, locale }: { results: Results; request: SearchRequest; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'search' }), getFormatter({ locale })]);
  const shown = Math.min(results.total, SEARCH_MAX_RESULTS);
  const hasNext = request.page * SEARCH_PAGE_SIZE < shown;
  const pageHref = (page: number) => `/haku?${searchQueryString({ ...request, page })}`;
  const linkClass = 'rounded border border-brand-700 px-3 py-1 font-medium text-brand-700 underline hover:bg-brand-50';
  return (
    <section aria-labelledby="search-results-heading" className="mt-8">
      <h2 id="search-results-heading" className="text-2xl font-bold">
        {t('results.heading')}
      </h2>
      <p role="status" className="mt-2 font-medium">
        {results.totalIsCapped ? t('results.countCapped', { count: results.total, query: request.query }) : t('results.count', { count: results.total, query: request.query })}
      </p>
      {results.total === 0 && <p className="mt-2">{t('results.none')}</p>}
      {results.hits.length > 0 && (
        <ol className="mt-4 space-y-4">
          {results.hits.map((hit) => {
            const title = localize(hit.title, locale);
            return (
              <li key={`${hit.type}:${hit.id}`} className="rounded border border-gray-300 p-4">
                <h3 className="break-words text-xl font-semibold" lang={localizedLang(hit.title, locale)}>
                  <Link href={hit.path} className="text-brand-700 underline hover:text-brand-800">
                    {hit.type === 'comment' ? t('results.commentOn', { title }) : title}
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-muted">
                  <span className="font-semibold">{t(`type.${hit.type}` as 'type.news_post')}</span>
                  {' · '}
                  <span lang={localizedLang(hit.spaceTitle, locale)}>{localize(hit.spaceTitle, locale)}</span>
                  {' · '}
                  <time dateTime={hit.date.toISOString()}>{format.dateTime(hit.date, 'long')}</time>
                </p>
                {hit.excerpt.length > 0 && (
                  <p className="mt-2 break-words" lang={hit.lang}>
                    <HighlightedText segments={hit.excerpt} />
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {(request.page > 1 || hasNext) && (
        <nav aria-label={t('results.pagination')} className="mt-6">
          <ul className="flex flex-wrap items-center gap-4">
            {request.page > 1 && (
              <li>
                <Link href={pageHref(request.page - 1)} className={linkClass}>
                  {t('results.previous')}
                </Link>
              </li>
            )}
            <li aria-current="page">{t('results.page', { page: request.page })}</li>
            {hasNext && (
              <li>
                <Link href={pageHref(request.page + 1)} className={linkClass}>
                  {t('results.next')}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
      {!hasNext && request.page === SEARCH_MAX_PAGE && results.total > shown && <p className="mt-4">{t('results.lastPage', { max: SEARCH_MAX_PAGE })}</p>}
    </section>
  );
}
