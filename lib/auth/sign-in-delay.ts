/**
 * The growing delay per account (docs/decisions/013-sign-in-lockout.md). `attempt` is the number of sign-in
 * attempts on the account in the current window, this one included (failures stay counted, successes are given
 * back). The first few attempts are free, so a person who mistypes is not slowed down; then the wait doubles up to
 * a cap, so the owner always gets in within SIGN_IN_DELAY_CAP_MS while a guesser gets only a few tries a minute.
 */
export const FREE_SIGN_IN_ATTEMPTS = 5;
export const SIGN_IN_DELAY_BASE_MS = 500;
export const SIGN_IN_DELAY_CAP_MS = 10_000;

export function signInDelayMs(attempt: number): number {
  if (!Number.isFinite(attempt) || attempt <= FREE_SIGN_IN_ATTEMPTS) return 0;
  const exponent = Math.min(attempt - FREE_SIGN_IN_ATTEMPTS - 1, 20);
  return Math.min(SIGN_IN_DELAY_CAP_MS, SIGN_IN_DELAY_BASE_MS * 2 ** exponent);
}
