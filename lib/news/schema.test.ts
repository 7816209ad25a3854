import { describe, expect, it } from 'vitest';
import { newsPostInputSchema } from './schema';

const now = () => new Date('2026-05-04T09:00:00Z'); // 12.00 in Helsinki
const schema = newsPostInputSchema('Europe/Helsinki', now);
const base = {
  title: { fi: 'Työpaja', sv: '', en: '' },
  summary: { fi: '', sv: '', en: '' },
  body: { fi: 'Tervetuloa!', sv: '', en: '' },
  areaIds: ['a1', 'a1', 'a2'],
  publication: 'draft',
  scheduledAt: '',
  isPinned: false,
};

describe('news post input', () => {
  it('accepts a draft and drops duplicate areas and empty translations', () => {
    const parsed = schema.parse(base);
    expect(parsed.areaIds).toEqual(['a1', 'a2']);
    expect(parsed.title).toEqual({ fi: 'Työpaja', sv: undefined, en: undefined });
  });

  it('requires a Finnish title and body', () => {
    const result = schema.safeParse({ ...base, title: { fi: ' ' }, body: { fi: '' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['body.fi', 'title.fi']);
  });

  it('accepts a schedule time in the future, in Helsinki time', () => {
    expect(schema.safeParse({ ...base, publication: 'schedule', scheduledAt: '2026-05-04T12:30' }).success).toBe(true);
  });

  it.each([
    ['2026-05-04T11:59', 'newsScheduleInPast'],
    ['2026-05-04T12:00', 'newsScheduleInPast'],
    ['', 'newsScheduleRequired'],
    ['4.5.2026 klo 13', 'newsScheduleRequired'],
  ])('refuses the schedule time %j with a field error', (scheduledAt, message) => {
    const result = schema.safeParse({ ...base, publication: 'schedule', scheduledAt });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['scheduledAt'], message })]);
  });

  it('ignores the schedule field unless scheduling', () => {
    expect(schema.safeParse({ ...base, publication: 'now', scheduledAt: '2000-01-01T00:00' }).success).toBe(true);
  });
});
