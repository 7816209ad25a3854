'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import { type ActionResult, parseInput, runAction } from '@/lib/core/action-result';
import { createNewsletter, deleteNewsletter, sendNewsletter, sendNewsletterTest, updateNewsletter } from './mutations';
import { type NewsletterFormValues, NewsletterIdSchema, TestLocaleSchema } from './schema';
import { setNewsletterConsent } from './consent';
import { z } from '@/lib/core/zod';

/** Server actions of newsletters: each authenticates itself; the mutations authorize and scope every write. */
function revalidate() {
  revalidatePath('/[locale]/admin/newsletters', 'layout');
}

export async function createNewsletterAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const created = await createNewsletter(actor, input as NewsletterFormValues);
    revalidate();
    return created;
  });
}

export async function updateNewsletterAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const updated = await updateNewsletter(actor, parseInput(NewsletterIdSchema, id), input as NewsletterFormValues);
    revalidate();
    return updated;
  });
}

export async function deleteNewsletterAction(id: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    await deleteNewsletter(actor, parseInput(NewsletterIdSchema, id));
    revalidate();
    return undefined;
  });
}

export async function sendNewsletterTestAction(id: unknown, locale: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    await sendNewsletterTest(actor, parseInput(NewsletterIdSchema, id), parseInput(TestLocaleSchema, locale));
    return undefined;
  });
}

export async function sendNewsletterAction(id: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    await sendNewsletter(actor, parseInput(NewsletterIdSchema, id));
    revalidate();
    return undefined;
  });
}

/** A person's own consent to newsletters, from the profile page. */
export async function setNewsletterConsentAction(given: unknown): Promise<ActionResult<{ consentedAt: string | null }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const value = parseInput(z.boolean(), given);
    await setNewsletterConsent(actor.userId, value, 'profile');
    revalidatePath('/[locale]/profile', 'page');
    return { consentedAt: value ? new Date().toISOString() : null };
  });
}
