import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/core/errors';
import type { FollowTarget } from './follow-target';
import { isFollowTargetVisible } from './target-visibility';

/**
 * Follows a space, an area or a resource the actor may see; following again changes nothing. A follow is the
 * person's own choice about their own notifications, so it is not written to the audit log.
 */
export async function follow(actor: Actor, target: FollowTarget): Promise<void> {
  if (!(await isFollowTargetVisible(actor, target))) throw new AppError('NOT_FOUND');
  await db.follow.upsert({
    where: { userId_targetType_targetId: { userId: actor.userId, targetType: target.type, targetId: target.id } },
    create: { userId: actor.userId, targetType: target.type, targetId: target.id },
    // A follow made automatically becomes the person's own once they confirm it.
    update: { automatic: false },
  });
}

/** Stops following; stopping what one did not follow changes nothing. Scoped to the actor's own follows. */
export async function unfollow(actor: Actor, target: FollowTarget): Promise<void> {
  await db.follow.deleteMany({ where: { userId: actor.userId, targetType: target.type, targetId: target.id } });
}

/**
 * A person follows what they wrote (a debate, an idea, a comment's thread) without asking, in the transaction that
 * stores it. Someone who had stopped following it before is not made to follow it again by a later edit, because
 * features call this only when the resource is created.
 */
export async function followAutomatically(tx: Tx, userId: string, target: FollowTarget): Promise<void> {
  await tx.follow.upsert({
    where: { userId_targetType_targetId: { userId, targetType: target.type, targetId: target.id } },
    create: { userId, targetType: target.type, targetId: target.id, automatic: true },
    update: {},
  });
}
