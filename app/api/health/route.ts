import { db } from '@/lib/db';
import { checkHealth } from '@/lib/health/check-health';
import packageJson from '@/package.json';

// Always run the check: a cached "ok" would hide an outage from the load balancer.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const { httpStatus, body } = await checkHealth(() => db.$queryRaw`SELECT 1`, { version: packageJson.version });
  return Response.json(body, { status: httpStatus, headers: { 'Cache-Control': 'no-store' } });
}
