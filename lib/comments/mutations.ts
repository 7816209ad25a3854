import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { consumeRateLimit } from '@/lib/auth/rate-limit';
import { parseInput } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { refuse } from '@/lib/core/refusal';
import { db, type Tx } from '@/lib/db';
import { followAutomatically } from '@/lib/follows/mutations';
import { queueCommentAnnouncement } from './announcement';
import { loadCommentTarget, type CommentTarget } from './comment-target';
import { officialRoleOf } from './official-role';
import { canDeleteComment, canEditComment } from './permissions';
import { COMMENT_MAX_DEPTH, EditCommentSchema, PostCommentSchema } from './schema';
import { adjustCommentStats } from './stats';
import { openPreModeration } from '@/lib/moderation/open-case';

/** Commenting must be open now: the phase's switch, the resource not closed (a closed debate). */
export function assertCommentingOpen(target: CommentTarget): void {
  if (!target.availability.available || target.resource.closedForComments) throw refuse('FORBIDDEN', 'commentsClosed');
}

type LockedComment = { id: string; resourceType: string; resourceId: string; depth: number; authorId: string | null; moderationState: string; deletedAt: Date | null; createdAt: Date; body: string };

async function lockComment(tx: Tx, id: string, organizationId: string): Promise<LockedComment | null> {
  const rows = await tx.$queryRaw<LockedComment[]>`SELECT "id", "resourceType", "resourceId", "depth", "authorId", "moderationState"::text AS "moderationState",
      "deletedAt", "createdAt", "body"
    FROM "Comment" WHERE "id" = ${id} AND "organizationId" = ${organizationId} FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Posts a comment or a reply (issue 7). The resource must be visible to the actor and open for comments; a reply's
 * parent must be a public, undeleted comment of the same resource and not at the deepest level. Rate limited per
 * account. Official answers (a role in the space) are marked with the role. Under pre-moderation a resident's
 * comment waits for a moderator; otherwise it is public at once and the people concerned are notified by a job.
 */
export async function postComment(actor: Actor, raw: unknown): Promise<{ id: string; pending: boolean }> {
  const input = parseInput(PostCommentSchema, raw);
  const target = await loadCommentTarget(actor, actor.organizationId, { type: input.resourceType, id: input.resourceId });
  if (!target) throw new AppError('NOT_FOUND');
  assertCommentingOpen(target);
  const alignment = target.settings.commentAlignment && input.alignment !== '' ? input.alignment : null;
  await consumeRateLimit('commentAccountMinute', actor.userId);
  await consumeRateLimit('commentAccountHour', actor.userId);
  const officialRole = officialRoleOf(actor, target.resource.spaceId);
  // Officials answer in their own name and moderators decide anyway: only residents' comments wait for approval.
  const pending = target.settings.preModeration && officialRole === null;
  return db.$transaction(async (tx) => {
    let depth = 0;
    if (input.parentId) {
      const parent = await lockComment(tx, input.parentId, actor.organizationId);
      // A forged parent from another resource reads as missing, like a deleted or hidden one.
      if (!parent || parent.resourceType !== target.ref.type || parent.resourceId !== target.ref.id || parent.deletedAt || parent.moderationState !== 'VISIBLE') {
        throw refuse('CONFLICT', 'commentParentUnavailable');
      }
      if (parent.depth >= COMMENT_MAX_DEPTH) throw refuse('CONFLICT', 'commentTooDeep');
      depth = parent.depth + 1;
    }
    const firstHere = (await tx.comment.count({ where: { resourceType: target.ref.type, resourceId: target.ref.id, authorId: actor.userId } })) === 0;
    const comment = await tx.comment.create({
      data: {
        organizationId: actor.organizationId,
        componentId: target.resource.componentId,
        resourceType: target.ref.type,
        resourceId: target.ref.id,
        parentId: input.parentId ?? null,
        depth,
        authorId: actor.userId,
        officialRole,
        body: input.body,
        locale: actor.locale,
        alignment,
        moderationState: pending ? 'PENDING' : 'VISIBLE',
      },
      select: { id: true, createdAt: true },
    });
    if (pending) {
      await openPreModeration(tx, { organizationId: actor.organizationId, spaceId: target.resource.spaceId, componentId: target.resource.componentId, targetType: 'comment', targetId: comment.id, authorId: actor.userId });
    } else {
      await makePublic(tx, { id: comment.id, parentId: input.parentId ?? null, resourceType: target.ref.type, resourceId: target.ref.id, createdAt: comment.createdAt });
    }
    // A person hears of later comments where they have written — once: who stopped following is not made to again.
    if (firstHere) await followAutomatically(tx, actor.userId, target.ref);
    return { id: comment.id, pending };
  });
}

/** What becomes true when a comment turns public (posted, approved): counted, and the people concerned told. */
export async function makePublic(tx: Tx, comment: { id: string; parentId: string | null; resourceType: string; resourceId: string; createdAt: Date }): Promise<void> {
  if (comment.parentId) await tx.comment.update({ where: { id: comment.parentId }, data: { replyCount: { increment: 1 } } });
  await adjustCommentStats(tx, { type: comment.resourceType, id: comment.resourceId }, 1, comment.createdAt);
  await queueCommentAnnouncement(tx, comment.id);
}

/** The author corrects their comment within the edit window; it shows "muokattu" from then on. */
export async function editComment(actor: Actor, raw: unknown, now = new Date()): Promise<void> {
  const input = parseInput(EditCommentSchema, raw);
  await db.$transaction(async (tx) => {
    const comment = await lockComment(tx, input.commentId, actor.organizationId);
    if (!comment || comment.authorId !== actor.userId) throw new AppError('NOT_FOUND');
    if (!canEditComment(actor, comment, now)) throw refuse('FORBIDDEN', comment.deletedAt || comment.moderationState === 'HIDDEN' ? 'commentUnavailable' : 'commentEditWindowPassed');
    if (comment.body === input.body) return;
    await tx.comment.update({ where: { id: comment.id }, data: { body: input.body, editedAt: now } });
  });
}

/**
 * The author deletes their comment: its text is erased for good and "kommentti poistettu" stays in its place, so
 * the replies keep their context and their place in the thread.
 */
export async function deleteComment(actor: Actor, commentId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const comment = await lockComment(tx, commentId, actor.organizationId);
    if (!comment || comment.authorId !== actor.userId) throw new AppError('NOT_FOUND');
    if (!canDeleteComment(actor, comment)) return;
    await tx.comment.update({ where: { id: comment.id }, data: { body: '', deletedAt: now, alignment: null } });
    if (comment.moderationState === 'VISIBLE') await adjustCommentStats(tx, { type: comment.resourceType, id: comment.resourceId }, -1);
  });
}

/**
 * Upvotes a comment or takes the upvote back. One per person and comment is the table's primary key, so two clicks
 * at once store one; the counter moves only with a row actually added or removed. Not one's own comment, and only
 * while commenting is open.
 */
export async function setCommentUpvote(actor: Actor, commentId: string, upvoted: boolean): Promise<{ upvoted: boolean; count: number }> {
  const comment = await db.comment.findFirst({
    where: { id: commentId, organizationId: actor.organizationId },
    select: { id: true, resourceType: true, resourceId: true, authorId: true, moderationState: true, deletedAt: true },
  });
  if (!comment) throw new AppError('NOT_FOUND');
  const target = await loadCommentTarget(actor, actor.organizationId, { type: comment.resourceType, id: comment.resourceId });
  if (!target) throw new AppError('NOT_FOUND');
  assertCommentingOpen(target);
  if (comment.authorId === actor.userId) throw refuse('FORBIDDEN', 'commentOwnUpvote');
  if (comment.deletedAt || comment.moderationState !== 'VISIBLE') throw refuse('CONFLICT', 'commentUnavailable');
  return db.$transaction(async (tx) => {
    const changed = upvoted
      ? await tx.$executeRaw`INSERT INTO "CommentUpvote" ("commentId", "userId") VALUES (${comment.id}, ${actor.userId}) ON CONFLICT DO NOTHING`
      : await tx.$executeRaw`DELETE FROM "CommentUpvote" WHERE "commentId" = ${comment.id} AND "userId" = ${actor.userId}`;
    const row =
      changed > 0
        ? await tx.comment.update({ where: { id: comment.id }, data: { upvoteCount: { increment: upvoted ? 1 : -1 } }, select: { upvoteCount: true } })
        : await tx.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { upvoteCount: true } });
    return { upvoted, count: row.upvoteCount };
  });
}
