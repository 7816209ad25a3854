import { z } from '@/lib/core/zod';

/** Next.js gives repeated query parameters as arrays; list filters use the first value of each. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  // NUL characters cannot be searched for in PostgreSQL text; they are dropped rather than failing the query.
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v)?.replaceAll('\u0000', '')]),
  );
}

/** A ?page= value from the URL; anything that is not a sensible page number means the first page. */
export const PageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
