import 'server-only';
import { resourceTypes } from '@/lib/core/components/registry';
import type { ModeratedState, ModerationTargetDefinition } from '@/lib/core/resources/moderatable';
import { makePublic } from './mutations';
import { commentPath } from './paths';
import { adjustCommentStats } from './stats';

/**
 * Comments in the moderators' queue (lib/moderation/): what a moderator sees of a flagged or pending comment, and
 * what hiding, restoring and approving it change. A hidden comment keeps its place and its replies in the thread
 * ("piilotettu") but leaves the count; an approved one becomes public as if just posted (counted, announced).
 */
export const commentModerationTarget: ModerationTargetDefinition = {
  load: async (db, id) => {
    const comment = await db.comment.findUnique({
      where: { id },
      select: { id: true, organizationId: true, componentId: true, resourceType: true, resourceId: true, authorId: true, body: true, moderationState: true, deletedAt: true },
    });
    if (!comment) return null;
    const resource = await resourceTypes[comment.resourceType]?.comments?.load(db, comment.resourceId);
    if (!resource) return null;
    return {
      organizationId: comment.organizationId,
      spaceId: resource.spaceId,
      componentId: comment.componentId,
      authorId: comment.authorId,
      state: comment.moderationState,
      deleted: comment.deletedAt !== null,
      title: resource.title,
      text: comment.body,
      path: commentPath(resource.path, comment.id),
      resource: { type: comment.resourceType, id: comment.resourceId },
    };
  },
  setState: async (tx, id, from, to) => {
    if (from === to) return;
    const comment = await tx.comment.update({
      where: { id },
      data: { moderationState: to },
      select: { id: true, parentId: true, resourceType: true, resourceId: true, createdAt: true, deletedAt: true },
    });
    if (comment.deletedAt) return;
    const ref = { type: comment.resourceType, id: comment.resourceId };
    if (from === 'PENDING' && to === 'VISIBLE') return makePublic(tx, comment);
    if (from === 'VISIBLE') await adjustCommentStats(tx, ref, -1);
    else if (to === 'VISIBLE') await adjustCommentStats(tx, ref, 1);
  },
};

export type { ModeratedState };
