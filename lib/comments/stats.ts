import type { Tx } from '@/lib/db';
import type { ResourceRef } from '@/lib/core/resources/resource-visibility';

/**
 * Keeps a resource's count of visible comments (CommentStats) in the transaction that changes one: +1 when a comment
 * appears (posted, approved, restored), −1 when it goes (deleted, hidden). Lists of debates and ideas read the
 * count instead of counting a long thread.
 */
export async function adjustCommentStats(tx: Tx, ref: ResourceRef, delta: 1 | -1, at?: Date): Promise<void> {
  if (delta > 0) {
    const when = at ?? new Date();
    await tx.$executeRaw`INSERT INTO "CommentStats" ("resourceType", "resourceId", "count", "lastCommentAt")
      VALUES (${ref.type}, ${ref.id}, 1, ${when})
      ON CONFLICT ("resourceType", "resourceId") DO UPDATE
      SET "count" = "CommentStats"."count" + 1, "lastCommentAt" = GREATEST("CommentStats"."lastCommentAt", EXCLUDED."lastCommentAt")`;
  } else {
    await tx.$executeRaw`UPDATE "CommentStats" SET "count" = GREATEST("count" - 1, 0)
      WHERE "resourceType" = ${ref.type} AND "resourceId" = ${ref.id}`;
  }
}
