import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { loadActorsOfUsers } from '@/lib/auth/user-actor';
import { db } from '@/lib/db';
import { isFollowTargetVisible } from '@/lib/follows/target-visibility';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';

export type NewsletterRecipient = { userId: string; email: string; name: string; locale: Locale };
export type AddressedNewsletter = { organizationId: string; audience: 'SPACE_FOLLOWERS' | 'AREA_FOLLOWERS' | 'ALL_OPTED_IN'; targetId: string | null };
export type RecipientPage = { recipients: NewsletterRecipient[]; lastId: string | null };

const PAGE = 500;

/**
 * One page of a newsletter's recipients: people of the organization who agreed to newsletters (and have not
 * withdrawn), who may act (not blocked, email confirmed) and — for a space's or an area's newsletter — follow it.
 * Followers of a space that is not public must still be able to see it (a membership ended since drops them).
 * Paged by user id so that a send to tens of thousands keeps memory flat: `lastId` is where the next page starts
 * (null when there is nothing left), even when visibility filtered the page's last person out.
 */
export async function findNewsletterRecipients(newsletter: AddressedNewsletter, afterUserId = '', take = PAGE): Promise<RecipientPage> {
  const follows: Prisma.UserWhereInput =
    newsletter.audience === 'ALL_OPTED_IN'
      ? {}
      : { follows: { some: { targetType: newsletter.audience === 'SPACE_FOLLOWERS' ? 'space' : 'area', targetId: newsletter.targetId ?? '' } } };
  const users = await db.user.findMany({
    where: { organizationId: newsletter.organizationId, blockedAt: null, emailVerifiedAt: { not: null }, newsletterConsentAt: { not: null }, id: { gt: afterUserId }, ...follows },
    select: { id: true, email: true, displayName: true, preferredLocale: true },
    orderBy: { id: 'asc' },
    take,
  });
  if (users.length === 0) return { recipients: [], lastId: null };
  const lastId = users.at(-1)!.id;
  const recipients = users.map((u) => ({ userId: u.id, email: u.email, name: u.displayName, locale: isLocale(u.preferredLocale) ? u.preferredLocale : defaultLocale }));
  if (newsletter.audience !== 'SPACE_FOLLOWERS') return { recipients, lastId };
  const space = await db.space.findUnique({ where: { id: newsletter.targetId ?? '' }, select: { isPublished: true, isPrivate: true } });
  if (space?.isPublished && !space.isPrivate) return { recipients, lastId };
  const actors = await loadActorsOfUsers(newsletter.organizationId, recipients.map((r) => r.userId));
  const target = { type: 'space', id: newsletter.targetId ?? '' };
  const seen = await Promise.all(recipients.map(async (r) => actors.has(r.userId) && (await isFollowTargetVisible(actors.get(r.userId)!, target))));
  return { recipients: recipients.filter((_, i) => seen[i]), lastId };
}

/** How many people a newsletter would reach now (the preview's number; sending looks again). */
export async function countNewsletterRecipients(newsletter: AddressedNewsletter): Promise<number> {
  let count = 0;
  let after = '';
  for (;;) {
    const page = await findNewsletterRecipients(newsletter, after);
    if (page.lastId === null) return count;
    count += page.recipients.length;
    after = page.lastId;
  }
}
