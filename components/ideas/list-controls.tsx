import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localize } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import { ideaListQuery, type IdeaListFilters, STATE_PARAM_VALUES, TEXT_QUERY_MAX } from '@/lib/ideas/list-filters';
import { LIST_PARAMS, MAP_VIEW_PARAM, MAP_VIEW_VALUE, SORT_VALUES, type IdeaSort } from '@/lib/ideas/paths';
import { IDEA_BASE_STATES } from '@/lib/ideas/states';
import { RandomSortLink } from './random-sort-link';

/**
 * The list's filters as a plain GET form (works without JavaScript; every choice is a shareable address), then the
 * sort and list/map choices as links keeping the filters. The random order's link carries the visitor's seed when
 * the browser has one (RandomSortLink), else the day's.
 */
export async function IdeaListControls({ base, filters, areas, themes, showSupports, mapView, locale }: {
  base: string;
  filters: IdeaListFilters;
  areas: { slug: string; name: unknown }[];
  themes: { id: string; name: unknown }[];
  showSupports: boolean;
  mapView: boolean;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'ideas' });
  const sorts: IdeaSort[] = showSupports ? ['newest', 'supported', 'commented', 'random'] : ['newest', 'commented', 'random'];
  const viewQuery = mapView ? `${MAP_VIEW_PARAM}=${MAP_VIEW_VALUE}` : '';
  const withView = (query: string) => (viewQuery ? (query ? `${query}&${viewQuery}` : `?${viewQuery}`) : query);
  const selectClass = 'rounded border border-gray-500 bg-white px-2 py-1';
  return (
    <div className="mt-6 flex flex-col gap-4">
      <form method="get" action={`/${locale}${base}`} role="search" aria-label={t('filters.label')} className="flex flex-wrap items-end gap-3 rounded border border-gray-300 p-3">
        <div className="flex flex-col">
          <label htmlFor="idea-filter-text" className="text-sm font-semibold">{t('filters.text')}</label>
          <input id="idea-filter-text" name={LIST_PARAMS.text} type="search" defaultValue={filters.text ?? ''} maxLength={TEXT_QUERY_MAX} className={selectClass} />
        </div>
        {areas.length > 1 && (
          <div className="flex flex-col">
            <label htmlFor="idea-filter-area" className="text-sm font-semibold">{t('filters.area')}</label>
            <select id="idea-filter-area" name={LIST_PARAMS.area} defaultValue={filters.areaSlug ?? ''} className={selectClass}>
              <option value="">{t('filters.allAreas')}</option>
              {areas.map((a) => <option key={a.slug} value={a.slug}>{localize(a.name, locale)}</option>)}
            </select>
          </div>
        )}
        {themes.length > 0 && (
          <div className="flex flex-col">
            <label htmlFor="idea-filter-theme" className="text-sm font-semibold">{t('filters.theme')}</label>
            <select id="idea-filter-theme" name={LIST_PARAMS.theme} defaultValue={filters.themeId ?? ''} className={selectClass}>
              <option value="">{t('filters.allThemes')}</option>
              {themes.map((th) => <option key={th.id} value={th.id}>{localize(th.name, locale)}</option>)}
            </select>
          </div>
        )}
        <div className="flex flex-col">
          <label htmlFor="idea-filter-state" className="text-sm font-semibold">{t('filters.state')}</label>
          <select id="idea-filter-state" name={LIST_PARAMS.state} defaultValue={filters.state ? STATE_PARAM_VALUES[filters.state] : ''} className={selectClass}>
            <option value="">{t('filters.allStates')}</option>
            {IDEA_BASE_STATES.map((s) => <option key={s} value={STATE_PARAM_VALUES[s]}>{t(`states.${s}`)}</option>)}
          </select>
        </div>
        {/* Signed-in variant (ADR 021): the list may be the copy shared with residents, rendered without them. */}
        <div className="signed-in-only flex items-center gap-2 pb-1">
          <input id="idea-filter-mine" name={LIST_PARAMS.mine} type="checkbox" value="1" defaultChecked={filters.mine} className="h-5 w-5" />
          <label htmlFor="idea-filter-mine">{t('filters.mine')}</label>
        </div>
        {filters.sort !== 'newest' && <input type="hidden" name={LIST_PARAMS.sort} value={SORT_VALUES[filters.sort]} />}
        {mapView && <input type="hidden" name={MAP_VIEW_PARAM} value={MAP_VIEW_VALUE} />}
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">{t('filters.apply')}</button>
        <Link href={withView(base)} className="pb-1 text-brand-700 underline">{t('filters.clear')}</Link>
      </form>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <nav aria-label={t('sort.label')} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <span className="font-semibold">{t('sort.label')}:</span>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {sorts.map((s) => {
              const current = filters.sort === s;
              const href = `${base}${withView(ideaListQuery({ ...filters, sort: s, page: 1 }))}`;
              const className = current ? 'font-bold text-ink no-underline' : 'text-brand-700 underline';
              if (s === 'random') return <li key={s}><RandomSortLink href={href} label={t('sort.random')} current={current} className={className} /></li>;
              return (
                <li key={s}>
                  <Link href={href} aria-current={current ? 'true' : undefined} className={className}>
                    {t(`sort.${s}`)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <nav aria-label={t('view.label')}>
          <ul className="flex gap-3">
            <li>
              <Link href={`${base}${ideaListQuery({ ...filters, page: 1 })}`} aria-current={!mapView ? 'true' : undefined} className={!mapView ? 'font-bold text-ink no-underline' : 'text-brand-700 underline'}>
                {t('view.list')}
              </Link>
            </li>
            <li>
              <Link href={`${base}${withView2(ideaListQuery({ ...filters, page: 1 }))}`} aria-current={mapView ? 'true' : undefined} className={mapView ? 'font-bold text-ink no-underline' : 'text-brand-700 underline'}>
                {t('view.map')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </div>
  );
}

function withView2(query: string): string {
  const view = `${MAP_VIEW_PARAM}=${MAP_VIEW_VALUE}`;
  return query ? `${query}&${view}` : `?${view}`;
}
