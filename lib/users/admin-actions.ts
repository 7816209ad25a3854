'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import { AppError } from '@/lib/core/errors';
import { parseInput, runAction, type ActionResult } from '@/lib/core/action-result';
import { canManageUsers } from './permissions';
import { OrganizationRoleChangeSchema, UserRefSchema } from './admin-schema';
import { blockUser, grantOrganizationRole, revokeOrganizationRole, unblockUser, type ChangeResult } from './admin-mutations';

function revalidateUserPages() {
  revalidatePath('/[locale]/admin/users', 'layout');
  revalidatePath('/[locale]/admin/audit', 'page');
}

export async function grantOrganizationRoleAction(input: unknown): Promise<ActionResult<ChangeResult>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(OrganizationRoleChangeSchema, input);
    if (!canManageUsers(actor)) throw new AppError('FORBIDDEN');
    const result = await grantOrganizationRole(actor, data);
    revalidateUserPages();
    return result;
  });
}

export async function revokeOrganizationRoleAction(input: unknown): Promise<ActionResult<ChangeResult>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(OrganizationRoleChangeSchema, input);
    if (!canManageUsers(actor)) throw new AppError('FORBIDDEN');
    const result = await revokeOrganizationRole(actor, data);
    revalidateUserPages();
    return result;
  });
}

export async function blockUserAction(input: unknown): Promise<ActionResult<ChangeResult>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(UserRefSchema, input);
    if (!canManageUsers(actor)) throw new AppError('FORBIDDEN');
    const { changed } = await blockUser(actor, data);
    revalidateUserPages();
    return { changed };
  });
}

export async function unblockUserAction(input: unknown): Promise<ActionResult<ChangeResult>> {
  return runAction(async () => {
    const actor = await requireActor();
    const data = parseInput(UserRefSchema, input);
    if (!canManageUsers(actor)) throw new AppError('FORBIDDEN');
    const result = await unblockUser(actor, data);
    revalidateUserPages();
    return result;
  });
}
