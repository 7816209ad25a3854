import { z } from 'zod';
import type { CommentSort } from './schema';

/**
 * Where a page of a thread continues: the sort key of the last comment shown (time or upvotes, and the id to break
 * ties), opaque in the URL. A keyset, not an offset: the 500th page costs what the first does, and comments posted
 * meanwhile neither repeat nor vanish. A cursor that is not one of ours, or of another sort, reads as "from the start".
 */
export type ThreadCursor = { sort: CommentSort; at: string; id: string };

const CursorSchema = z.object({ s: z.enum(['oldest', 'newest', 'top']), a: z.string().max(40), i: z.string().regex(/^[a-z0-9]{1,40}$/) });

export function encodeThreadCursor(cursor: ThreadCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, a: cursor.at, i: cursor.id }), 'utf8').toString('base64url');
}

export function decodeThreadCursor(value: unknown, sort: CommentSort): ThreadCursor | null {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data.s !== sort) return null;
    const { a, i } = parsed.data;
    const valid = sort === 'top' ? /^\d{1,9}$/.test(a) : !Number.isNaN(Date.parse(a));
    return valid ? { sort, at: a, id: i } : null;
  } catch {
    return null;
  }
}
