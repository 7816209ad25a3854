import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { ResourceRef } from '@/lib/core/resources/resource-visibility';
import { db } from '@/lib/db';
import type { CommentSort } from './schema';
import { decodeThreadCursor, encodeThreadCursor, type ThreadCursor } from './thread-cursor';

/** Comments on the resource per page, and replies shown under each comment before "show all replies". */
export const THREAD_PAGE_SIZE = 20;
export const REPLIES_SHOWN = 3;
/** In a comment's own view (?kommentti=), its direct replies per page. */
export const FOCUS_PAGE_SIZE = 20;

export type ThreadCommentState = 'VISIBLE' | 'HIDDEN' | 'DELETED';

/**
 * A comment as threads show it: the text only of a standing comment; a deleted or hidden one keeps its place (and
 * its replies) without its text or its writer's name. `authorName` null with a visible comment = a deleted account.
 */
export type ThreadComment = {
  id: string;
  parentId: string | null;
  depth: number;
  state: ThreadCommentState;
  authorName: string | null;
  officialRole: string | null;
  body: string;
  locale: string;
  alignment: string | null;
  upvoteCount: number;
  replyCount: number;
  edited: boolean;
  createdAt: Date;
  replies: ThreadComment[];
};

export type ThreadPage = {
  /** Visible comments and replies on the resource (CommentStats). */
  total: number;
  comments: ThreadComment[];
  /** The cursor of the next page, or null on the last one. */
  nextCursor: string | null;
  /** Set when the page shows one comment's part of the thread (?kommentti=): that comment, its replies paged. */
  focus: ThreadComment | null;
};

type Row = {
  id: string;
  parentId: string | null;
  depth: number;
  authorId: string | null;
  authorName: string | null;
  officialRole: string | null;
  body: string;
  locale: string;
  alignment: string | null;
  upvoteCount: number;
  replyCount: number;
  moderationState: string;
  editedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
};

const COLUMNS = Prisma.sql`c."id", c."parentId", c."depth", c."authorId", u."displayName" AS "authorName", c."officialRole", c."body", c."locale",
  c."alignment", c."upvoteCount", c."replyCount", c."moderationState"::text AS "moderationState", c."editedAt", c."deletedAt", c."createdAt"`;

function toComment(row: Row): ThreadComment {
  const state: ThreadCommentState = row.deletedAt ? 'DELETED' : row.moderationState === 'HIDDEN' ? 'HIDDEN' : 'VISIBLE';
  const shown = state === 'VISIBLE';
  return {
    id: row.id,
    parentId: row.parentId,
    depth: row.depth,
    state,
    authorName: shown ? row.authorName : null,
    officialRole: shown ? row.officialRole : null,
    body: shown ? row.body : '',
    locale: row.locale,
    alignment: shown ? row.alignment : null,
    upvoteCount: row.upvoteCount,
    replyCount: row.replyCount,
    edited: shown && row.editedAt !== null,
    createdAt: row.createdAt,
    replies: [],
  };
}

/** The keyset condition after a cursor of the given order (shared with the API's list, ./api-queries.ts). */
export function keyset(sort: CommentSort, cursor: ThreadCursor | null): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  if (sort === 'top') {
    const votes = Number(cursor.at);
    // The first condition lets the index start at the cursor's count; the second breaks ties by id.
    return Prisma.sql`AND c."upvoteCount" <= ${votes} AND (c."upvoteCount" < ${votes} OR c."id" > ${cursor.id})`;
  }
  // "createdAt" is a UTC timestamp without zone: the cursor's instant is turned into one, so the index is used.
  const at = Prisma.sql`(${cursor.at}::timestamptz AT TIME ZONE 'UTC')`;
  return sort === 'newest' ? Prisma.sql`AND (c."createdAt", c."id") < (${at}, ${cursor.id})` : Prisma.sql`AND (c."createdAt", c."id") > (${at}, ${cursor.id})`;
}

export function order(sort: CommentSort): Prisma.Sql {
  if (sort === 'top') return Prisma.sql`ORDER BY c."upvoteCount" DESC, c."id" ASC`;
  return sort === 'newest' ? Prisma.sql`ORDER BY c."createdAt" DESC, c."id" DESC` : Prisma.sql`ORDER BY c."createdAt" ASC, c."id" ASC`;
}

export function cursorAfter(sort: CommentSort, row: { upvoteCount: number; createdAt: Date; id: string }): string {
  return encodeThreadCursor({ sort, at: sort === 'top' ? String(row.upvoteCount) : row.createdAt.toISOString(), id: row.id });
}

/** One page of comments with the given parent (null = on the resource), by keyset. Pending ones are never public. */
async function pageOf(ref: ResourceRef, parentId: string | null, sort: CommentSort, cursor: ThreadCursor | null, size: number): Promise<Row[]> {
  const parent = parentId === null ? Prisma.sql`c."parentId" IS NULL` : Prisma.sql`c."parentId" = ${parentId}`;
  return db.$queryRaw<Row[]>`SELECT ${COLUMNS} FROM "Comment" c LEFT JOIN "User" u ON u."id" = c."authorId"
    WHERE c."resourceType" = ${ref.type} AND c."resourceId" = ${ref.id} AND ${parent} AND c."moderationState" <> 'PENDING' ${keyset(sort, cursor)}
    ${order(sort)} LIMIT ${size + 1}`;
}

/** The first replies (oldest first) of each of some comments: one query however many comments, via LATERAL. */
async function firstRepliesOf(parentIds: readonly string[], perParent: number): Promise<Row[]> {
  if (parentIds.length === 0) return [];
  return db.$queryRaw<Row[]>`SELECT ${COLUMNS} FROM unnest(${[...parentIds]}::text[]) AS p("id")
    CROSS JOIN LATERAL (
      SELECT * FROM "Comment" r WHERE r."parentId" = p."id" AND r."moderationState" <> 'PENDING' ORDER BY r."createdAt", r."id" LIMIT ${perParent}
    ) c LEFT JOIN "User" u ON u."id" = c."authorId"`;
}

/** Hangs up to REPLIES_SHOWN replies under each comment, `levels` deep: one query per level. */
async function attachReplies(parents: ThreadComment[], levels: number): Promise<void> {
  let level = parents;
  for (let i = 0; i < levels && level.length > 0; i++) {
    const withReplies = level.filter((c) => c.replyCount > 0);
    const rows = await firstRepliesOf(
      withReplies.map((c) => c.id),
      REPLIES_SHOWN,
    );
    const byId = new Map(withReplies.map((c) => [c.id, c]));
    const next: ThreadComment[] = [];
    for (const row of rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))) {
      const reply = toComment(row);
      byId.get(row.parentId!)?.replies.push(reply);
      next.push(reply);
    }
    level = next;
  }
}

async function totalOf(ref: ResourceRef): Promise<number> {
  const stats = await db.commentStats.findUnique({ where: { resourceType_resourceId: { resourceType: ref.type, resourceId: ref.id } }, select: { count: true } });
  return stats?.count ?? 0;
}

/**
 * A page of a resource's thread (issue 7): comments on the resource by the chosen order, each with its first
 * replies three levels deep; or, with `focusId`, one comment and its direct replies by time, each with their first
 * replies. A constant number of queries whatever the thread's size (the integration test counts them), each served by
 * an index on (resource, parent, sort key).
 */
export async function readThread(ref: ResourceRef, options: { sort: CommentSort; cursor?: unknown; focusId?: string | null }): Promise<ThreadPage> {
  const total = await totalOf(ref);
  if (options.focusId) {
    const [focusRow] = await db.$queryRaw<Row[]>`SELECT ${COLUMNS} FROM "Comment" c LEFT JOIN "User" u ON u."id" = c."authorId"
      WHERE c."id" = ${options.focusId} AND c."resourceType" = ${ref.type} AND c."resourceId" = ${ref.id} AND c."moderationState" <> 'PENDING'`;
    if (focusRow) {
      const cursor = decodeThreadCursor(options.cursor, 'oldest');
      const rows = await pageOf(ref, focusRow.id, 'oldest', cursor, FOCUS_PAGE_SIZE);
      const comments = rows.slice(0, FOCUS_PAGE_SIZE).map(toComment);
      await attachReplies(comments, 2);
      const focus = toComment(focusRow);
      focus.replies = comments;
      return { total, comments, focus, nextCursor: rows.length > FOCUS_PAGE_SIZE ? cursorAfter('oldest', comments.at(-1)!) : null };
    }
  }
  const cursor = decodeThreadCursor(options.cursor, options.sort);
  const rows = await pageOf(ref, null, options.sort, cursor, THREAD_PAGE_SIZE);
  const comments = rows.slice(0, THREAD_PAGE_SIZE).map(toComment);
  await attachReplies(comments, 3);
  return { total, comments, focus: null, nextCursor: rows.length > THREAD_PAGE_SIZE ? cursorAfter(options.sort, comments.at(-1)!) : null };
}
