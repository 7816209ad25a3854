import { isPlausibleSlug } from '@/lib/core/identifiers';
import { isStorableText } from '@/lib/core/storable-input';

/**
 * The search page's URL (GET form): ?q=words&tila=<space slug>&alue=<area slug>&laji=<kind word>&sivu=<page>. Finnish
 * parameter names like the rest of the public URLs (`tila` and `alue` as in the debate lists). Reading them never
 * fails: anything malformed becomes a problem the page names in the reader's language, with the form kept.
 */
export const SEARCH_QUERY_MAX_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 20;
/** Offset paging with a cap: past ten pages of 200 results, narrowing the search helps more than paging on. */
export const SEARCH_MAX_PAGE = 10;
/** The results any search reaches, by the page or the open data API: the first 200. */
export const SEARCH_MAX_RESULTS = SEARCH_MAX_PAGE * SEARCH_PAGE_SIZE;

export const SEARCH_PARAM = { query: 'q', space: 'tila', area: 'alue', kind: 'laji', page: 'sivu' } as const;

export type SearchProblem = 'queryTooLong' | 'queryInvalid' | 'filterInvalid' | 'pageTooFar';

export type SearchRequest = {
  /** The words, trimmed, runs of white space as one space; '' when nothing is searched yet. */
  query: string;
  spaceSlug: string | null;
  areaSlug: string | null;
  kind: string | null;
  page: number;
};

export type ParsedSearch = { request: SearchRequest; problem: SearchProblem | null };

type RawParams = Record<string, string | string[] | undefined>;

function single(raw: RawParams, name: string): string | null | 'repeated' {
  const value = raw[name];
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.length === 1 ? value[0]! : 'repeated';
  return value;
}

export function normalizeQuery(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The search asked for by the URL, and the first thing wrong with it; `kinds` are the filter words sources declare. */
export function parseSearchParams(raw: RawParams, kinds: readonly string[]): ParsedSearch {
  const problems: SearchProblem[] = [];
  const request: SearchRequest = { query: '', spaceSlug: null, areaSlug: null, kind: null, page: 1 };

  const q = single(raw, SEARCH_PARAM.query);
  if (q === 'repeated') problems.push('queryInvalid');
  else if (q !== null) {
    // NUL and lone surrogates cannot reach PostgreSQL (ADR on storable input); control characters are no words.
    const clean = normalizeQuery(q);
    if (!isStorableText(q) || /\p{Cc}/u.test(clean)) problems.push('queryInvalid');
    else if (clean.length > SEARCH_QUERY_MAX_LENGTH) {
      problems.push('queryTooLong');
      // The form shows what fits, so the reader sees where their text was cut.
      request.query = clean.slice(0, SEARCH_QUERY_MAX_LENGTH);
    } else request.query = clean;
  }

  for (const [param, key] of [[SEARCH_PARAM.space, 'spaceSlug'], [SEARCH_PARAM.area, 'areaSlug']] as const) {
    const value = single(raw, param);
    if (value === null || value === '') continue;
    if (value === 'repeated' || !isPlausibleSlug(value)) problems.push('filterInvalid');
    else request[key] = value;
  }

  const kind = single(raw, SEARCH_PARAM.kind);
  if (kind !== null && kind !== '') {
    if (kind === 'repeated' || !kinds.includes(kind)) problems.push('filterInvalid');
    else request.kind = kind;
  }

  const page = single(raw, SEARCH_PARAM.page);
  if (page !== null && page !== '') {
    const n = page === 'repeated' || !/^[1-9][0-9]{0,5}$/.test(page) ? NaN : Number(page);
    if (Number.isNaN(n)) problems.push('filterInvalid');
    else if (n > SEARCH_MAX_PAGE) problems.push('pageTooFar');
    else request.page = n;
  }

  return { request, problem: problems[0] ?? null };
}

/** The URL query of a search (for paging links), without empty parameters and without the first page's number. */
export function searchQueryString(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.query) params.set(SEARCH_PARAM.query, request.query);
  if (request.spaceSlug) params.set(SEARCH_PARAM.space, request.spaceSlug);
  if (request.areaSlug) params.set(SEARCH_PARAM.area, request.areaSlug);
  if (request.kind) params.set(SEARCH_PARAM.kind, request.kind);
  if (request.page > 1) params.set(SEARCH_PARAM.page, String(request.page));
  return params.toString();
}
