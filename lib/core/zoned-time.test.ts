import { describe, expect, it } from 'vitest';
import { instantToZonedLocal, zonedLocalToInstant } from './zoned-time';

const HKI = 'Europe/Helsinki';

describe('wall-clock times in Helsinki', () => {
  it('converts summer (UTC+3) and winter (UTC+2) times', () => {
    expect(zonedLocalToInstant('2026-06-15T09:30', HKI)?.toISOString()).toBe('2026-06-15T06:30:00.000Z');
    expect(zonedLocalToInstant('2026-01-15T09:30', HKI)?.toISOString()).toBe('2026-01-15T07:30:00.000Z');
  });

  it('round-trips an instant', () => {
    expect(instantToZonedLocal(new Date('2026-06-15T06:30:00Z'), HKI)).toBe('2026-06-15T09:30');
    expect(instantToZonedLocal(new Date('2026-01-15T07:30:00Z'), HKI)).toBe('2026-01-15T09:30');
  });

  it.each(['', '2026-02-30T10:00', '2026-05-04 10:00', '2026-05-04T24:00', 'huomenna'])('refuses %j', (value) => {
    expect(zonedLocalToInstant(value, HKI)).toBeNull();
  });
});
