import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/core/action-result';
import { db } from '@/lib/db';
import { setNewsletterConsent } from '@/lib/newsletters/consent';

/** The unsubscribe scope of newsletters (other scopes are notification kinds and "digest"). */
export const NEWSLETTER_SCOPE = 'newsletter';
import { emailChoiceFor, notificationKinds } from './event-kinds';
import { type EmailPreferences, EmailPreferencesSchema } from './preferences-schema';

/** The person's choice for every kind, defaults filled in. */
export async function getEmailPreferences(userId: string): Promise<EmailPreferences> {
  const stored = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, email: true } });
  return Object.fromEntries(notificationKinds.map((k) => [k, emailChoiceFor(k, stored)])) as EmailPreferences;
}

/** Saves the actor's own choices (only their own rows: the user id comes from the session, never from input). */
export async function setEmailPreferences(actor: Actor, input: unknown): Promise<void> {
  const choices = parseInput(EmailPreferencesSchema, input);
  await db.$transaction(
    Object.entries(choices).map(([kind, email]) =>
      db.notificationPreference.upsert({ where: { userId_kind: { userId: actor.userId, kind } }, create: { userId: actor.userId, kind, email }, update: { email } }),
    ),
  );
}

/**
 * Switches mail off for what an unsubscribe link names: one kind of event, the daily digest (every kind the
 * person gets daily), or newsletters (the consent is withdrawn and the withdrawal recorded). Idempotent, so a mail client's one-click POST and a person's click may both arrive.
 */
export async function switchMailOff(userId: string, scope: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return false;
  if (scope === NEWSLETTER_SCOPE) {
    await setNewsletterConsent(userId, false, 'unsubscribe_link');
    return true;
  }
  const current = await getEmailPreferences(userId);
  const kinds = scope === 'digest' ? notificationKinds.filter((k) => current[k] === 'DAILY') : notificationKinds.filter((k) => k === scope);
  if (scope !== 'digest' && kinds.length === 0) return false;
  await db.$transaction(
    kinds.map((kind) =>
      db.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, email: 'OFF' }, update: { email: 'OFF' } }),
    ),
  );
  return true;
}
