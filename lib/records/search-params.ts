import { z } from '@/lib/core/zod';

/** Next.js gives repeated query parameters as arrays; list filters use the first value of each. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** A ?page= value from the URL; anything that is not a sensible page number means the first page. */
export const PageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
