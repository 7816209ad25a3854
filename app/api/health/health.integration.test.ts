import { afterAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient } from '@/lib/db';
import { checkHealth } from '@/lib/health/check-health';
import { GET } from './route';

describe('GET /api/health', () => {
  it('answers 200 with the database ok', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toEqual({ status: 'ok', database: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});

describe('health check against an unreachable database', () => {
  // A real client pointed at a port where nothing listens: the same failure as a PostgreSQL that is down.
  const unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:1/nothing', 1);
  afterAll(() => unreachable.$disconnect());

  it('answers 503 with the database down, quickly', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const started = Date.now();
    const result = await checkHealth(() => unreachable.$queryRaw`SELECT 1`, { version: 'test' });
    expect(result).toEqual({ httpStatus: 503, body: { status: 'degraded', database: 'down', version: 'test' } });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
