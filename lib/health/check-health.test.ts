import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkHealth } from './check-health';

describe('checkHealth', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers 200 ok when the database ping succeeds', async () => {
    const result = await checkHealth(async () => [{ '?column?': 1 }], { version: '1.2.3' });
    expect(result).toEqual({ httpStatus: 200, body: { status: 'ok', database: 'ok', version: '1.2.3' } });
  });

  it('answers 503 with database down when the ping rejects', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await checkHealth(() => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:5432')), { version: '1.2.3' });
    expect(result).toEqual({ httpStatus: 503, body: { status: 'degraded', database: 'down', version: '1.2.3' } });
  });

  it('answers 503 when the ping throws synchronously', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await checkHealth(
      () => {
        throw new Error('client could not be created');
      },
      { version: 'x' },
    );
    expect(result.httpStatus).toBe(503);
    expect(result.body.database).toBe('down');
  });

  it('answers 503 within the timeout when the database hangs', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const started = Date.now();
    const result = await checkHealth(() => new Promise(() => {}), { version: 'x', timeoutMs: 50 });
    expect(result.httpStatus).toBe(503);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
