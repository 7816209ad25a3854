import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { ResourceRef } from '@/lib/core/resources/resource-visibility';
import { db } from '@/lib/db';
import type { CommentSort } from './schema';
import { decodeThreadCursor } from './thread-cursor';
import { cursorAfter, keyset, order } from './thread-queries';

/** A comment as the open data API gives it: public fields only, the writer by the name they show on the site. */
export type ApiCommentRow = {
  id: string;
  parentId: string | null;
  depth: number;
  body: string | null;
  locale: string;
  author: string | null;
  officialRole: string | null;
  alignment: string | null;
  upvoteCount: number;
  replyCount: number;
  deleted: boolean;
  createdAt: Date;
  editedAt: Date | null;
};

type Row = Omit<ApiCommentRow, 'deleted' | 'body' | 'author'> & { body: string; authorName: string | null; deletedAt: Date | null };

/**
 * One page of a resource's comments with one parent (null = on the resource) for the open data API, by keyset in
 * the chosen order: the thread's own query, except that hidden and pending comments are left out entirely (a
 * deleted one stays, without text or name, so that its replies keep their place). `cursor` is the thread cursor
 * the previous page ended with; 'badCursor' when it is not one.
 */
export async function findApiComments(
  ref: ResourceRef,
  query: { parentId: string | null; sort: CommentSort; cursor: string | null; limit: number },
): Promise<{ items: ApiCommentRow[]; nextCursor: string | null; lastModified: Date | null } | 'badCursor'> {
  const cursor = query.cursor === null ? null : decodeThreadCursor(query.cursor, query.sort);
  if (query.cursor !== null && !cursor) return 'badCursor';
  const parent = query.parentId === null ? Prisma.sql`c."parentId" IS NULL` : Prisma.sql`c."parentId" = ${query.parentId}`;
  const rows = await db.$queryRaw<Row[]>`SELECT c."id", c."parentId", c."depth", c."body", c."locale", u."displayName" AS "authorName", c."officialRole",
      c."alignment", c."upvoteCount", c."replyCount", c."createdAt", c."editedAt", c."deletedAt"
    FROM "Comment" c LEFT JOIN "User" u ON u."id" = c."authorId"
    WHERE c."resourceType" = ${ref.type} AND c."resourceId" = ${ref.id} AND ${parent} AND c."moderationState" = 'VISIBLE' ${keyset(query.sort, cursor)}
    ${order(query.sort)} LIMIT ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ authorName, deletedAt, body, ...row }) => ({
      ...row,
      body: deletedAt ? null : body,
      author: deletedAt ? null : authorName,
      officialRole: deletedAt ? null : row.officialRole,
      alignment: deletedAt ? null : row.alignment,
      deleted: deletedAt !== null,
    })),
    nextCursor: rows.length > query.limit && last ? cursorAfter(query.sort, last) : null,
    lastModified: page.reduce<Date | null>((max, r) => {
      const changed = r.deletedAt ?? r.editedAt ?? r.createdAt;
      return !max || changed > max ? changed : max;
    }, null),
  };
}
