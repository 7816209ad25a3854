import { describe, expect, it } from 'vitest';
import { ideaListQuery, parseIdeaListFilters } from './list-filters';

describe('idea list filters in the URL', () => {
  it('reads known values and ignores everything else', () => {
    const f = parseIdeaListFilters({ alue: 'neulamaki', teema: 'abc123', tila: 'hyvaksytty', haku: ' leikkipuisto ', omat: '1', jarjestys: 'kannatetuin', sivu: '3' }, { supportSortAllowed: true });
    expect(f).toEqual({ areaSlug: 'neulamaki', themeId: 'abc123', state: 'ACCEPTED', text: 'leikkipuisto', mine: true, sort: 'supported', seed: null, page: 3 });
    const junk = parseIdeaListFilters({ alue: '<script>', teema: 'x y', tila: 'nope', jarjestys: 'drop table', sivu: '-1', omat: 'yes' }, { supportSortAllowed: true });
    expect(junk).toEqual({ areaSlug: null, themeId: null, state: null, text: null, mine: false, sort: 'newest', seed: null, page: 1 });
  });

  it('never sorts by hidden support counts', () => {
    expect(parseIdeaListFilters({ jarjestys: 'kannatetuin' }, { supportSortAllowed: false }).sort).toBe('newest');
  });

  it('cuts a long text query and round-trips through the address', () => {
    expect(parseIdeaListFilters({ haku: 'a'.repeat(500) }, { supportSortAllowed: true }).text).toHaveLength(200);
    const q = ideaListQuery({ areaSlug: 'petonen', state: 'UNDER_REVIEW', sort: 'random', page: 2 });
    expect(q).toBe('?alue=petonen&tila=arvioitavana&jarjestys=satunnainen&sivu=2');
    expect(parseIdeaListFilters(Object.fromEntries(new URLSearchParams(q)), { supportSortAllowed: true })).toMatchObject({ areaSlug: 'petonen', state: 'UNDER_REVIEW', sort: 'random', page: 2 });
    expect(ideaListQuery({ sort: 'newest', page: 1 })).toBe('');
    expect(parseIdeaListFilters({ jarjestys: 'satunnainen', siemen: '12345' }, { supportSortAllowed: true }).seed).toBe('12345');
    expect(parseIdeaListFilters({ jarjestys: 'satunnainen', siemen: 'x; drop' }, { supportSortAllowed: true }).seed).toBeNull();
    expect(ideaListQuery({ sort: 'random', seed: '42', page: 2 })).toBe('?jarjestys=satunnainen&siemen=42&sivu=2');
  });
});

describe('the random order\'s seed', () => {
  it('starts every seed at the same point, different seeds at spread-out points', async () => {
    const { seedFraction } = await import('./list-queries-seed');
    expect(seedFraction('123456')).toBe(seedFraction('123456'));
    const points = Array.from({ length: 200 }, (_, i) => seedFraction(String(i)));
    expect(points.every((p) => p >= 0 && p < 1)).toBe(true);
    expect(new Set(points.map((p) => Math.floor(p * 10))).size).toBe(10);
  });
});
