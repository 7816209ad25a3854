import 'server-only';
import { db } from '@/lib/db';

export type ConsentSource = 'profile' | 'registration' | 'unsubscribe_link';

/**
 * Gives or withdraws a person's consent to newsletters (issue 6, 2): the current state on the user
 * (newsletterConsentAt, the time of the consent in force) and every change with its time and source in
 * ConsentRecord — the proof that a newsletter was wanted. Setting the state it already has records nothing.
 */
export async function setNewsletterConsent(userId: string, given: boolean, source: ConsentSource): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { newsletterConsentAt: true } });
    if (!user || (user.newsletterConsentAt !== null) === given) return { changed: false };
    const now = new Date();
    await tx.user.update({ where: { id: userId }, data: { newsletterConsentAt: given ? now : null } });
    await tx.consentRecord.create({ data: { userId, kind: 'newsletter', given, source, createdAt: now } });
    return { changed: true };
  });
}

export async function getNewsletterConsent(userId: string): Promise<Date | null> {
  return (await db.user.findUnique({ where: { id: userId }, select: { newsletterConsentAt: true } }))?.newsletterConsentAt ?? null;
}
