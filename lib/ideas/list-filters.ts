import type { IdeaBaseState } from './states';
import { LIST_PARAMS, SEED_PARAM, SORT_VALUES, type IdeaSort } from './paths';

/**
 * The public list's filters as they travel in the URL (Finnish words, like the rest of the addresses) and as the
 * queries take them. Parsing never fails: an unknown value is no filter, so a mistyped link still shows a list.
 */
export const STATE_PARAM_VALUES: Readonly<Record<IdeaBaseState, string>> = {
  SUBMITTED: 'jatetty',
  UNDER_REVIEW: 'arvioitavana',
  ACCEPTED: 'hyvaksytty',
  REJECTED: 'hylatty',
  WITHDRAWN: 'peruttu',
  MERGED: 'yhdistetty',
  PROJECT: 'hanke',
  IMPLEMENTED: 'toteutettu',
};

export const TEXT_QUERY_MAX = 200;

export type IdeaListFilters = {
  areaSlug: string | null;
  themeId: string | null;
  state: IdeaBaseState | null;
  text: string | null;
  mine: boolean;
  sort: IdeaSort;
  /** The visitor's seed of the random order (digits), kept in the address while paging. */
  seed: string | null;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parseIdeaListFilters(params: Params, { supportSortAllowed }: { supportSortAllowed: boolean }): IdeaListFilters {
  const stateParam = first(params[LIST_PARAMS.state]);
  const state = (Object.entries(STATE_PARAM_VALUES).find(([, v]) => v === stateParam)?.[0] ?? null) as IdeaBaseState | null;
  const sortParam = first(params[LIST_PARAMS.sort]);
  let sort = (Object.entries(SORT_VALUES).find(([, v]) => v === sortParam)?.[0] ?? 'newest') as IdeaSort;
  // Hidden counts cannot be sorted by: the order would reveal them.
  if (sort === 'supported' && !supportSortAllowed) sort = 'newest';
  const text = (first(params[LIST_PARAMS.text]) ?? '').trim().slice(0, TEXT_QUERY_MAX);
  const page = Number(first(params[LIST_PARAMS.page]));
  const id = (v: string | undefined) => (v && /^[a-z0-9]{1,40}$/.test(v) ? v : null);
  const slug = first(params[LIST_PARAMS.area]);
  return {
    areaSlug: slug && /^[a-z0-9-]{1,80}$/.test(slug) ? slug : null,
    themeId: id(first(params[LIST_PARAMS.theme])),
    state,
    text: text === '' ? null : text,
    mine: first(params[LIST_PARAMS.mine]) === '1',
    sort,
    seed: sort === 'random' && /^[0-9]{1,9}$/.test(first(params[SEED_PARAM]) ?? '') ? first(params[SEED_PARAM])! : null,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The list address with these filters (defaults left out, so the plain list stays one cacheable page). */
export function ideaListQuery(filters: Partial<IdeaListFilters>): string {
  const q = new URLSearchParams();
  if (filters.areaSlug) q.set(LIST_PARAMS.area, filters.areaSlug);
  if (filters.themeId) q.set(LIST_PARAMS.theme, filters.themeId);
  if (filters.state) q.set(LIST_PARAMS.state, STATE_PARAM_VALUES[filters.state]);
  if (filters.text) q.set(LIST_PARAMS.text, filters.text);
  if (filters.mine) q.set(LIST_PARAMS.mine, '1');
  if (filters.sort && filters.sort !== 'newest') q.set(LIST_PARAMS.sort, SORT_VALUES[filters.sort]);
  if (filters.sort === 'random' && filters.seed) q.set(SEED_PARAM, filters.seed);
  if (filters.page && filters.page > 1) q.set(LIST_PARAMS.page, String(filters.page));
  const s = q.toString();
  return s ? `?${s}` : '';
}
