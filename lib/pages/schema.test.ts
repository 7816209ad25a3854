import { describe, expect, it } from 'vitest';
import { PageInputSchema, slugify } from './schema';
import { currentAnnouncement, pagesPhaseSettingsSchema, pagesSettingsSchema } from './settings';

const valid = { slug: 'usein-kysyttya', title: { fi: 'Usein kysyttyä' }, body: { fi: '## Kuka voi osallistua?' } };

describe('PageInputSchema', () => {
  it('accepts a page with Finnish title and body, translations optional', () => {
    expect(PageInputSchema.parse({ ...valid, title: { fi: 'Usein kysyttyä', sv: '', en: 'FAQ' } }).title).toEqual({ fi: 'Usein kysyttyä', sv: undefined, en: 'FAQ' });
  });

  it.each([['Usein kysyttyä'], ['usein_kysyttya'], ['-alku'], ['loppu-'], ['kaksi--viivaa'], ['a'.repeat(81)], ['']])('refuses the slug %j', (slug) => {
    expect(PageInputSchema.safeParse({ ...valid, slug }).success).toBe(false);
  });

  it('limits title and body lengths', () => {
    expect(PageInputSchema.safeParse({ ...valid, title: { fi: 'x'.repeat(151) } }).success).toBe(false);
    expect(PageInputSchema.safeParse({ ...valid, body: { fi: 'x'.repeat(20_001) } }).success).toBe(false);
    expect(PageInputSchema.safeParse({ ...valid, body: { fi: 'x'.repeat(20_000) } }).success).toBe(true);
  });

  it('requires the Finnish title and body', () => {
    expect(PageInputSchema.safeParse({ ...valid, title: { fi: ' ', en: 'FAQ' } }).success).toBe(false);
    expect(PageInputSchema.safeParse({ ...valid, body: { sv: 'Text' } }).success).toBe(false);
  });
});

describe('slugify', () => {
  it.each([
    ['Usein kysyttyä', 'usein-kysyttya'],
    ['Tietoa prosessista', 'tietoa-prosessista'],
    ['Åbo & Öljyhuoneet 2026!', 'abo-oljyhuoneet-2026'],
    ['  --  ', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('currentAnnouncement', () => {
  const settings = pagesSettingsSchema.parse({ announcement: { fi: 'Yleinen tiedote' } });
  it('prefers the active phase announcement', () => {
    expect(currentAnnouncement(settings, pagesPhaseSettingsSchema.parse({ announcement: { en: 'Voting now' } }))).toMatchObject({ en: 'Voting now' });
  });
  it('falls back to the general announcement, or none', () => {
    expect(currentAnnouncement(settings, pagesPhaseSettingsSchema.parse({}))).toMatchObject({ fi: 'Yleinen tiedote' });
    expect(currentAnnouncement(pagesSettingsSchema.parse({}), pagesPhaseSettingsSchema.parse({}))).toBeNull();
  });
});
