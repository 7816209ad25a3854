'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import { type ActionResult, runAction } from '@/lib/core/action-result';
import { markAllNotificationsRead } from './mutations';
import { setEmailPreferences } from './preferences';

/** Each action authenticates itself and works only on the actor's own notifications and choices. */
export async function markAllNotificationsReadAction(): Promise<ActionResult<{ marked: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const marked = await markAllNotificationsRead(actor);
    revalidatePath('/[locale]/notifications', 'page');
    return { marked };
  });
}

export async function setEmailPreferencesAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    await setEmailPreferences(actor, input);
    return undefined;
  });
}
