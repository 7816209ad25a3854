import { describe, expect, it } from 'vitest';
import { calendarToday, isMembershipInForce } from './membership-term';

describe('calendarToday', () => {
  it('is the day in the organization’s time zone, not in UTC', () => {
    // 22.30 UTC on 31 December is already 1 January in Helsinki (UTC+2).
    const lateEvening = new Date('2026-12-31T22:30:00Z');
    expect(calendarToday('Europe/Helsinki', lateEvening).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(calendarToday('UTC', lateEvening).toISOString()).toBe('2026-12-31T00:00:00.000Z');
  });
});

describe('isMembershipInForce', () => {
  const zone = 'Europe/Helsinki';
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  // 09.00 UTC on 15 June 2026 is the same day in Helsinki.
  const now = new Date('2026-06-15T09:00:00Z');

  it.each([
    ['no dates', null, null, true],
    ['started earlier, no end', '2026-01-01', null, true],
    ['starts today', '2026-06-15', null, true],
    ['ends today', null, '2026-06-15', true],
    ['ended yesterday', null, '2026-06-14', false],
    ['starts tomorrow', '2026-06-16', null, false],
    ['a term around today', '2026-01-01', '2026-12-31', true],
    ['a past term', '2025-01-01', '2025-12-31', false],
  ] as const)('%s → %s', (_label, start, end, expected) => {
    expect(isMembershipInForce({ startDate: start ? day(start) : null, endDate: end ? day(end) : null }, zone, now)).toBe(expected);
  });

  it('ends at midnight in Helsinki, not in UTC', () => {
    const term = { startDate: null, endDate: day('2026-12-31') };
    expect(isMembershipInForce(term, zone, new Date('2026-12-31T21:59:00Z'))).toBe(true);
    expect(isMembershipInForce(term, zone, new Date('2026-12-31T22:01:00Z'))).toBe(false);
  });
});
