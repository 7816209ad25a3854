'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import { clientIp } from '@/lib/auth/rate-limit';
import { type ActionResult, runAction } from '@/lib/core/action-result';
import {
  changePassword,
  confirmEmail,
  confirmEmailChange,
  registerUser,
  requestEmailChange,
  requestPasswordReset,
  resendConfirmation,
  resetPassword,
  revokeOwnSession,
  signOutEverywhere,
  updateProfile,
} from './account';

/**
 * Thin server actions for the account pages. Each is a public POST endpoint: signed-in actions authenticate with
 * requireActor() and act only on the actor's own account; the domain functions in ./account.ts parse the input
 * with the shared schemas from ./account-schema.ts, so the actions pass it on unparsed.
 */

async function requestIp(): Promise<string> {
  return clientIp(new Headers(await headers()));
}

export async function registerAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await registerUser(input, await requestIp());
    return undefined;
  });
}

export async function confirmEmailAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await confirmEmail(input);
    return undefined;
  });
}

export async function resendConfirmationAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await resendConfirmation(input, await requestIp());
    return undefined;
  });
}

export async function requestPasswordResetAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await requestPasswordReset(input, await requestIp());
    return undefined;
  });
}

export async function resetPasswordAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await resetPassword(input, await requestIp());
    return undefined;
  });
}

export async function confirmEmailChangeAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await confirmEmailChange(input);
    revalidatePath('/[locale]/profile', 'page');
    return undefined;
  });
}

export async function updateProfileAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const actor = await requireActor();
    await updateProfile(actor, input);
    revalidatePath('/[locale]/profile', 'page');
    return undefined;
  });
}

export async function changePasswordAction(input: unknown): Promise<ActionResult<{ revokedSessions: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const result = await changePassword(actor, input);
    revalidatePath('/[locale]/profile', 'page');
    return result;
  });
}

export async function requestEmailChangeAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const actor = await requireActor();
    await requestEmailChange(actor, input);
    revalidatePath('/[locale]/profile', 'page');
    return undefined;
  });
}

export async function signOutEverywhereAction(): Promise<ActionResult<{ revokedSessions: number }>> {
  return runAction(async () => signOutEverywhere(await requireActor()));
}

export async function revokeSessionAction(input: unknown): Promise<ActionResult<{ wasCurrent: boolean }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const result = await revokeOwnSession(actor, input);
    revalidatePath('/[locale]/profile', 'page');
    return result;
  });
}
