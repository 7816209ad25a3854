import { describe, expect, it } from 'vitest';
import { endOfDayInZone, startOfDayInZone } from './zoned-date';

describe('days in Europe/Helsinki as UTC instants', () => {
  it.each([
    ['2026-01-15', '2026-01-14T22:00:00.000Z'], // winter, UTC+2
    ['2026-07-15', '2026-07-14T21:00:00.000Z'], // summer, UTC+3
    ['2026-03-29', '2026-03-28T22:00:00.000Z'], // the day summer time starts (at 03:00 local)
    ['2026-10-25', '2026-10-24T21:00:00.000Z'], // the day summer time ends (at 04:00 local)
  ])('%s starts at %s', (day, instant) => {
    expect(startOfDayInZone(day, 'Europe/Helsinki').toISOString()).toBe(instant);
  });

  it('ends a day where the next one starts, across month and year ends', () => {
    expect(endOfDayInZone('2026-12-31', 'Europe/Helsinki').toISOString()).toBe('2026-12-31T22:00:00.000Z');
    expect(endOfDayInZone('2026-03-28', 'Europe/Helsinki').toISOString()).toBe('2026-03-28T22:00:00.000Z');
  });

  it('works for UTC itself', () => {
    expect(startOfDayInZone('2026-05-05', 'Etc/UTC').toISOString()).toBe('2026-05-05T00:00:00.000Z');
  });
});
