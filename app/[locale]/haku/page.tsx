import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/current-actor';
import { getCurrentOrganization } from '@/lib/organization/current';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { parseSearchParams, SEARCH_MAX_PAGE, SEARCH_QUERY_MAX_LENGTH, type SearchProblem } from '@/lib/search/params';
import { findSearchFilterOptions, pageSearchQuery, resolveSearchScope, searchContent } from '@/lib/search/queries';
import { searchFilters } from '@/lib/search/sources';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Results depend on who searches (members see their private spaces), so the page is rendered per request and its
// parameters are not among the page cache's shareable ones (ADR 019, 032).
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('search');
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * Organization-wide search (ADR 032): /haku?q=…&tila=…&alue=…&laji=…&sivu=…. Without words only the form; with
 * something wrong in the address a message in the reader's language and the form, never an error page.
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale: rawLocale } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const { request, problem: paramProblem } = parseSearchParams(await searchParams, searchFilters);
  const [t, org, actor] = await Promise.all([getTranslations({ locale, namespace: 'search' }), getCurrentOrganization(), getActor()]);
  const [options, scope] = await Promise.all([findSearchFilterOptions(actor, org.id), resolveSearchScope(actor, org.id, request)]);
  const problem: SearchProblem | 'unknownSpace' | 'unknownArea' | null = paramProblem ?? (typeof scope === 'string' ? scope : null);
  const results = problem === null && typeof scope !== 'string' && request.query !== '' ? await searchContent(actor, org.id, pageSearchQuery(request), scope, locale) : null;

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('intro')}</p>
      <SearchForm request={request} spaces={options.spaces.map((s) => ({ slug: s.slug, name: s.title }))} areas={options.areas} kinds={searchFilters} locale={locale} />
      {problem && (
        <p role="alert" className="mt-6 rounded border border-danger p-3 font-medium text-danger">
          {t(`problems.${problem}`, { max: problem === 'pageTooFar' ? SEARCH_MAX_PAGE : SEARCH_QUERY_MAX_LENGTH })}
        </p>
      )}
      {results && <SearchResults results={results} request={request} locale={locale} />}
    </div>
  );
}
