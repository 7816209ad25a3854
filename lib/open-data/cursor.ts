import { z } from 'zod';

/**
 * Keyset pagination for the open data API: the cursor is the sort key of the last item of the previous page,
 * opaque to clients (base64url JSON). Keyset rather than offset, so a page costs the same at item 10 000 as at 10,
 * and items added meanwhile neither repeat nor vanish.
 */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

const CursorSchema = z.object({ after: z.string().min(1).max(200) });

export function encodeCursor(after: string): string {
  return Buffer.from(JSON.stringify({ after }), 'utf8').toString('base64url');
}

/** The sort key to continue after, or null when the cursor is not one this API made. */
export function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return null;
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data.after : null;
  } catch {
    return null;
  }
}

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  cursor: z.string().optional(),
});

/** Of `limit + 1` rows fetched, the page and whether another follows. */
export function splitPage<T>(rows: T[], limit: number): { items: T[]; hasMore: boolean } {
  return { items: rows.slice(0, limit), hasMore: rows.length > limit };
}
