import type { Tx } from '@/lib/db';

/**
 * Recomputes the stored counts of comments written in bulk (the demo seed, benchmarks) from the rows themselves:
 * each comment's replies (public or hidden, not pending) and upvotes, and each resource's visible comments. The
 * app keeps these counts in step as it goes (./mutations.ts, ./stats.ts); this is for data that did not go through it.
 */
export async function recountComments(tx: Tx, componentId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Comment" c SET
      "replyCount" = (SELECT count(*)::int FROM "Comment" r WHERE r."parentId" = c."id" AND r."moderationState" <> 'PENDING'),
      "upvoteCount" = (SELECT count(*)::int FROM "CommentUpvote" u WHERE u."commentId" = c."id")
    WHERE c."componentId" = ${componentId}`;
  await tx.$executeRaw`INSERT INTO "CommentStats" ("resourceType", "resourceId", "count", "lastCommentAt")
    SELECT "resourceType", "resourceId",
      count(*) FILTER (WHERE "moderationState" = 'VISIBLE' AND "deletedAt" IS NULL)::int,
      max("createdAt") FILTER (WHERE "moderationState" = 'VISIBLE' AND "deletedAt" IS NULL)
    FROM "Comment" WHERE "componentId" = ${componentId} GROUP BY "resourceType", "resourceId"
    ON CONFLICT ("resourceType", "resourceId") DO UPDATE SET "count" = EXCLUDED."count", "lastCommentAt" = EXCLUDED."lastCommentAt"`;
}
