import { describe, expect, it } from 'vitest';
import {
  conclusionInputSchema,
  officialDebateInputSchema,
  RESIDENT_DEBATE_DESCRIPTION_MAX,
  RESIDENT_DEBATE_TITLE_MAX,
  residentDebateInputSchema,
} from './schema';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('debate input schemas', () => {
  it('takes a resident debate, trimmed, with areas de-duplicated and optional', () => {
    expect(residentDebateInputSchema.parse({ title: '  Kävelytie on pimeä ', description: 'Valot puuttuvat.\nKorjatkaa.', areaIds: ['a1', 'a1'] })).toEqual({
      title: 'Kävelytie on pimeä',
      description: 'Valot puuttuvat.\nKorjatkaa.',
      areaIds: ['a1'],
    });
    expect(residentDebateInputSchema.parse({ title: 'Otsikko', description: 'Teksti' }).areaIds).toEqual([]);
  });

  it('refuses over-long, too short and missing resident texts with translated keys', () => {
    const long = residentDebateInputSchema.safeParse({ title: 'x'.repeat(RESIDENT_DEBATE_TITLE_MAX + 1), description: 'y'.repeat(RESIDENT_DEBATE_DESCRIPTION_MAX + 1), areaIds: [] });
    expect(messages(long)).toEqual({ title: `tooLong|{"max":${RESIDENT_DEBATE_TITLE_MAX}}`, description: `tooLong|{"max":${RESIDENT_DEBATE_DESCRIPTION_MAX}}` });
    expect(messages(residentDebateInputSchema.safeParse({ title: 'Hei', description: '   ', areaIds: [] }))).toEqual({ title: 'tooShort|{"min":5}', description: 'required' });
    expect(residentDebateInputSchema.safeParse({ title: 'Otsikko', description: 'Teksti', areaIds: Array.from({ length: 51 }, (_, i) => `a${i}`) }).success).toBe(false);
  });

  it('requires Finnish in an official debate and its conclusion; other languages are optional', () => {
    const ok = officialDebateInputSchema.parse({ title: { fi: 'Puisto', sv: '', en: '' }, description: { fi: '## Kerro', sv: 'Berätta', en: '' }, areaIds: [] });
    expect(ok).toEqual({ title: { fi: 'Puisto', sv: undefined, en: undefined }, description: { fi: '## Kerro', sv: 'Berätta', en: undefined }, areaIds: [] });
    expect(messages(officialDebateInputSchema.safeParse({ title: { fi: '' }, description: { fi: 'x' }, areaIds: [] }))).toEqual({ 'title.fi': 'required' });
    expect(messages(conclusionInputSchema.safeParse({ conclusion: { fi: ' ', sv: 'Sammanfattning' } }))).toEqual({ 'conclusion.fi': 'required' });
  });
});
