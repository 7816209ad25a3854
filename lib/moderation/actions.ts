'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import { type ActionResult, runAction } from '@/lib/core/action-result';
import { decideModeration } from './decide';
import { flagContent } from './flag';

/** Anyone signed in flags what they see (./flag.ts decides the rest). */
export async function flagContentAction(input: unknown): Promise<ActionResult<{ hidden: boolean }>> {
  return runAction(async () => flagContent(await requireActor(), input));
}

/** A moderator's decision on a case; the queue page is rendered afresh after it. */
export async function decideModerationAction(input: unknown): Promise<ActionResult<{ state: string }>> {
  return runAction(async () => {
    const result = await decideModeration(await requireActor(), input);
    revalidatePath('/[locale]/admin/moderation', 'page');
    return result;
  });
}
