'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import { type ActionResult, parseInput, runAction } from '@/lib/core/action-result';
import { z } from '@/lib/core/zod';
import { createServiceArea, deleteServiceArea, setUserServiceArea } from './mutations';

const Id = z.string().trim().min(1).max(64);

/** Server actions for service areas: authenticate, then the mutations authorize (admins) and validate. */
export async function createServiceAreaAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const result = await createServiceArea(await requireActor(), input as never);
    revalidatePath('/[locale]/admin', 'layout');
    return result;
  });
}

export async function deleteServiceAreaAction(id: unknown): Promise<ActionResult> {
  return runAction(async () => {
    await deleteServiceArea(await requireActor(), parseInput(Id, id));
    revalidatePath('/[locale]/admin', 'layout');
    return undefined;
  });
}

export async function setUserServiceAreaAction(userId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    await setUserServiceArea(await requireActor(), parseInput(Id, userId), input as never);
    revalidatePath('/[locale]/admin', 'layout');
    return undefined;
  });
}
