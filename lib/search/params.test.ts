import { describe, expect, it } from 'vitest';
import { parseSearchParams, SEARCH_QUERY_MAX_LENGTH, searchQueryString } from './params';

const kinds = ['uutiset', 'keskustelut', 'kommentit'];
const parse = (raw: Record<string, string | string[] | undefined>) => parseSearchParams(raw, kinds);

describe('parseSearchParams', () => {
  it('reads nothing as an empty search', () => {
    expect(parse({})).toEqual({ request: { query: '', spaceSlug: null, areaSlug: null, kind: null, page: 1 }, problem: null });
  });

  it('normalizes the words and reads every filter', () => {
    expect(parse({ q: '  leikki\tpuisto \n ', tila: 'neulamaki-2026', alue: 'petonen', laji: 'uutiset', sivu: '3' })).toEqual({
      request: { query: 'leikki puisto', spaceSlug: 'neulamaki-2026', areaSlug: 'petonen', kind: 'uutiset', page: 3 },
      problem: null,
    });
  });

  it('treats empty filters as none (the form sends them)', () => {
    expect(parse({ q: 'x', tila: '', alue: '', laji: '', sivu: '' }).problem).toBeNull();
  });

  it('refuses a query over the limit but keeps what fits for the form', () => {
    const long = 'a'.repeat(SEARCH_QUERY_MAX_LENGTH + 1);
    const parsed = parse({ q: long });
    expect(parsed.problem).toBe('queryTooLong');
    expect(parsed.request.query).toHaveLength(SEARCH_QUERY_MAX_LENGTH);
    expect(parse({ q: 'a'.repeat(SEARCH_QUERY_MAX_LENGTH) }).problem).toBeNull();
  });

  it.each([
    [{ q: 'a\u0000b' }, 'queryInvalid'],
    [{ q: 'a\ud800' }, 'queryInvalid'],
    [{ q: 'a\u0007' }, 'queryInvalid'],
    [{ q: ['a', 'b'] }, 'queryInvalid'],
    [{ tila: '../admin' }, 'filterInvalid'],
    [{ alue: 'A B' }, 'filterInvalid'],
    [{ tila: ['a', 'b'] }, 'filterInvalid'],
    [{ laji: 'ideat' }, 'filterInvalid'],
    [{ laji: '__proto__' }, 'filterInvalid'],
    [{ sivu: '0' }, 'filterInvalid'],
    [{ sivu: '-1' }, 'filterInvalid'],
    [{ sivu: '1e3' }, 'filterInvalid'],
    [{ sivu: '11' }, 'pageTooFar'],
  ])('names what is wrong with %j', (raw, problem) => {
    expect(parse(raw).problem).toBe(problem);
  });

  it('keeps the valid parts when another one is wrong', () => {
    expect(parse({ q: 'koulu', laji: 'x', alue: 'petonen' }).request).toMatchObject({ query: 'koulu', areaSlug: 'petonen', kind: null });
  });
});

describe('searchQueryString', () => {
  it('writes only what is set, and no first page number', () => {
    expect(searchQueryString({ query: 'leikki puisto', spaceSlug: null, areaSlug: 'petonen', kind: null, page: 1 })).toBe('q=leikki+puisto&alue=petonen');
    expect(searchQueryString({ query: 'ä&b', spaceSlug: 's', areaSlug: null, kind: 'kommentit', page: 2 })).toBe('q=%C3%A4%26b&tila=s&laji=kommentit&sivu=2');
  });
});
