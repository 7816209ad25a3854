'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import { canManageOrganization } from '@/lib/admin/permissions';
import { AppError } from '@/lib/core/errors';
import { parseInput, runAction, type ActionResult } from '@/lib/core/action-result';
import { OrganizationSettingsSchema } from './schema';
import { updateOrganization } from './mutations';

export async function updateOrganizationAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(OrganizationSettingsSchema, input);
    if (!canManageOrganization(actor)) throw new AppError('FORBIDDEN');
    const result = await updateOrganization(actor, data);
    // The name and contact addresses appear across the site (header, accessibility statement).
    revalidatePath('/[locale]', 'layout');
    return result;
  });
}
