import { describe, expect, it } from 'vitest';
import { FREE_SIGN_IN_ATTEMPTS, SIGN_IN_DELAY_CAP_MS, signInDelayMs } from './sign-in-delay';

describe('signInDelayMs', () => {
  it('lets the first attempts through at once', () => {
    for (let attempt = 0; attempt <= FREE_SIGN_IN_ATTEMPTS; attempt++) expect(signInDelayMs(attempt)).toBe(0);
  });

  it('doubles the wait after the free attempts', () => {
    const delays = [6, 7, 8, 9, 10].map(signInDelayMs);
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000]);
  });

  it('never waits longer than the cap, however many attempts were made', () => {
    expect(signInDelayMs(11)).toBe(SIGN_IN_DELAY_CAP_MS);
    expect(signInDelayMs(1_000_000)).toBe(SIGN_IN_DELAY_CAP_MS);
    expect(signInDelayMs(Number.NaN)).toBe(0);
  });
});
