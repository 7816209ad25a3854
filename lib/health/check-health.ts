/**
 * The health check behind GET /api/health. Load balancers take an instance out of rotation on a non-200 answer,
 * so the check must answer quickly even when PostgreSQL hangs (a dropped network hangs rather than fails): the
 * database ping races against a timeout. Kept free of the database client so tests can inject a failing ping.
 */
export type HealthBody =
  | { status: 'ok'; database: 'ok'; version: string }
  | { status: 'degraded'; database: 'down'; version: string };

export type HealthResult = { httpStatus: 200 | 503; body: HealthBody };

export const HEALTH_TIMEOUT_MS = 2000;

export async function checkHealth(
  ping: () => Promise<unknown>,
  { version, timeoutMs = HEALTH_TIMEOUT_MS }: { version: string; timeoutMs?: number },
): Promise<HealthResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database ping timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    // ping() may also throw synchronously (e.g. a client that cannot even be created); treat that as down too.
    await Promise.race([Promise.resolve().then(ping), timeout]);
    return { httpStatus: 200, body: { status: 'ok', database: 'ok', version } };
  } catch (error) {
    console.error('[health] database check failed:', error instanceof Error ? error.message : error);
    return { httpStatus: 503, body: { status: 'degraded', database: 'down', version } };
  } finally {
    clearTimeout(timer);
  }
}
