import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { ResourceRef } from '@/lib/core/resources/resource-visibility';
import { db } from '@/lib/db';
import { canEditComment } from './permissions';
import { COMMENT_EDIT_WINDOW_MS } from './schema';

/**
 * What a thread looks like to one signed-in person: which comments they upvoted and flagged, which are theirs and
 * until when they may still correct them. Threads are rendered once for everybody (ADR 021), so the browser asks
 * for this after loading — for the ids on the page only, and only within the one resource.
 */
export type CommentViewerState = {
  upvoted: string[];
  flagged: string[];
  /** The viewer's own standing comments; the text of those still editable, for the edit form. */
  own: { id: string; editableUntil: string | null; body: string | null }[];
};

export async function readViewerState(actor: Actor, ref: ResourceRef, ids: readonly string[], now = new Date()): Promise<CommentViewerState> {
  if (ids.length === 0) return { upvoted: [], flagged: [], own: [] };
  const inResource = { id: { in: [...ids] }, organizationId: actor.organizationId, resourceType: ref.type, resourceId: ref.id };
  const [upvotes, flags, own] = await Promise.all([
    db.commentUpvote.findMany({ where: { userId: actor.userId, comment: inResource }, select: { commentId: true } }),
    db.flag.findMany({
      where: { userId: actor.userId, moderation: { organizationId: actor.organizationId, targetType: 'comment', targetId: { in: [...ids] } } },
      select: { moderation: { select: { targetId: true } } },
    }),
    db.comment.findMany({
      where: { ...inResource, authorId: actor.userId, deletedAt: null },
      select: { id: true, authorId: true, deletedAt: true, moderationState: true, createdAt: true, body: true },
    }),
  ]);
  return {
    upvoted: upvotes.map((u) => u.commentId),
    flagged: flags.map((f) => f.moderation.targetId),
    own: own.map((c) => {
      const editable = canEditComment(actor, c, now);
      return { id: c.id, editableUntil: editable ? new Date(c.createdAt.getTime() + COMMENT_EDIT_WINDOW_MS).toISOString() : null, body: editable ? c.body : null };
    }),
  };
}
