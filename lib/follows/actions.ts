'use server';

import { requireActor } from '@/lib/auth/current-actor';
import { type ActionResult, parseInput, runAction } from '@/lib/core/action-result';
import { FollowTargetSchema } from './follow-target';
import { follow, unfollow } from './mutations';
import { isFollowing } from './queries';

/**
 * Follow buttons sit on pages shared by every resident (ADR 021), so the button asks for its state from the browser
 * and changes it with these actions; each authenticates itself and works only on the actor's own follows.
 */
export async function followStateAction(target: unknown): Promise<ActionResult<{ following: boolean }>> {
  return runAction(async () => {
    const actor = await requireActor();
    return { following: await isFollowing(actor, parseInput(FollowTargetSchema, target)) };
  });
}

export async function followAction(target: unknown): Promise<ActionResult<{ following: boolean }>> {
  return runAction(async () => {
    const actor = await requireActor();
    await follow(actor, parseInput(FollowTargetSchema, target));
    return { following: true };
  });
}

export async function unfollowAction(target: unknown): Promise<ActionResult<{ following: boolean }>> {
  return runAction(async () => {
    const actor = await requireActor();
    await unfollow(actor, parseInput(FollowTargetSchema, target));
    return { following: false };
  });
}
