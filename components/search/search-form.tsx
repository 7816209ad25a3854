import { getTranslations } from 'next-intl/server';
import { localize, localizedLang } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import { SEARCH_PARAM, SEARCH_QUERY_MAX_LENGTH, type SearchRequest } from '@/lib/search/params';

type Option = { slug: string; name: unknown };

/**
 * The search form: a GET form in a search landmark, so that searching, filtering and paging work without JavaScript
 * and every result page has its own address. Filters are offered from what the reader may see.
 */
export async function SearchForm({ request, spaces, areas, kinds, locale }: {
  request: SearchRequest;
  spaces: readonly Option[];
  areas: readonly Option[];
  kinds: readonly string[];
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const fieldClass = 'mt-1 block w-full rounded border border-gray-500 bg-white px-3 py-2';
  const select = (id: string, name: string, label: string, all: string, value: string | null, options: readonly { value: string; label: string; lang?: string }[]) => (
    <div className="min-w-0">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={fieldClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const named = (options: readonly Option[]) => options.map((o) => ({ value: o.slug, label: localize(o.name, locale), lang: localizedLang(o.name, locale) }));
  return (
    <form method="get" role="search" aria-label={t('form.label')} className="mt-6 space-y-4 rounded bg-gray-50 p-4">
      <div>
        <label htmlFor="search-query" className="block font-semibold">
          {t('form.query')}
        </label>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id="search-query"
            type="search"
            name={SEARCH_PARAM.query}
            defaultValue={request.query}
            maxLength={SEARCH_QUERY_MAX_LENGTH}
            aria-describedby="search-query-hint"
            className="min-w-0 flex-1 rounded border border-gray-500 bg-white px-3 py-2"
          />
          <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t('form.submit')}
          </button>
        </div>
        <p id="search-query-hint" className="mt-1 text-sm text-muted">
          {t('form.queryHint', { max: SEARCH_QUERY_MAX_LENGTH })}
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {select('search-space', SEARCH_PARAM.space, t('form.space'), t('form.allSpaces'), request.spaceSlug, named(spaces))}
        {select('search-area', SEARCH_PARAM.area, t('form.area'), t('form.allAreas'), request.areaSlug, named(areas))}
        {select('search-kind', SEARCH_PARAM.kind, t('form.kind'), t('form.allKinds'), request.kind, kinds.map((k) => ({ value: k, label: t(`kinds.${k}` as 'kinds.uutiset') })))}
      </div>
    </form>
  );
}
