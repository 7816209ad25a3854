import 'server-only';
import { z } from 'zod';
import { asLocalizedText } from '@/lib/core/localized-text';
import { resourceTypes } from '@/lib/core/components/registry';
import { db } from '@/lib/db';
import { notifyFollowers } from '@/lib/notifications/notify-followers';
import { commentPath } from './paths';

const Payload = z.object({ commentId: z.string().regex(/^[a-z0-9]{1,40}$/) });

/**
 * The announce-comment task: tells the people concerned of a public comment — the person replied to (comment_reply),
 * then the resource's author and its followers (comment_posted), nobody twice and never the writer. notifyFollowers
 * checks that each person may see the resource. A comment deleted or hidden before the job ran tells nobody.
 */
export async function announceComment(payload: unknown): Promise<{ notified: number; mailed: number } | null> {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) return null;
  const comment = await db.comment.findUnique({
    where: { id: parsed.data.commentId },
    select: {
      id: true,
      organizationId: true,
      resourceType: true,
      resourceId: true,
      authorId: true,
      moderationState: true,
      deletedAt: true,
      author: { select: { displayName: true } },
      parent: { select: { authorId: true } },
    },
  });
  if (!comment || comment.deletedAt || comment.moderationState !== 'VISIBLE') return null;
  const resource = await resourceTypes[comment.resourceType]?.comments?.load(db, comment.resourceId);
  if (!resource) return null;
  const ref = { type: comment.resourceType, id: comment.resourceId };
  const data = {
    title: { fi: '', ...asLocalizedText(resource.title) },
    // The writer's name, as everyone sees it beside the comment.
    context: { fi: comment.author?.displayName ?? '' },
    path: commentPath(resource.path, comment.id),
  };
  const repliedTo = comment.parent?.authorId && comment.parent.authorId !== comment.authorId ? comment.parent.authorId : null;
  const reply = repliedTo
    ? await notifyFollowers({
        organizationId: comment.organizationId,
        kind: 'comment_reply',
        eventKey: `comment_reply:${comment.id}`,
        resource: ref,
        followedTargets: [],
        alsoUserIds: [repliedTo],
        data,
      })
    : { notified: 0, mailed: 0 };
  const posted = await notifyFollowers({
    organizationId: comment.organizationId,
    kind: 'comment_posted',
    eventKey: `comment_posted:${comment.id}`,
    resource: ref,
    followedTargets: [ref, ...(resource.alsoFollowedTargets ?? [])],
    alsoUserIds: [resource.authorId],
    data,
    exceptUserId: comment.authorId,
    exceptUserIds: [repliedTo],
  });
  return { notified: reply.notified + posted.notified, mailed: reply.mailed + posted.mailed };
}
