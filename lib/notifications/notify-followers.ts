import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { loadActorsOfUsers } from '@/lib/auth/user-actor';
import { isResourceVisible } from '@/lib/core/resources/visible-resources';
import type { ResourceRef } from '@/lib/core/resources/resource-visibility';
import { db } from '@/lib/db';
import type { FollowTarget } from '@/lib/follows/follow-target';
import { queueMail } from '@/lib/mail/queue-mail';
import { emailChoiceFor, type NotificationKind } from './event-kinds';
import { eventMail } from './mails';
import type { NotificationData } from './notification-data';

export type FollowerEvent = {
  organizationId: string;
  kind: NotificationKind;
  /** Names the event once, e.g. `news_published:<postId>`: processing it again tells nobody twice. */
  eventKey: string;
  resource: ResourceRef;
  /** Whose followers hear of it: the resource itself, its space, its areas... */
  followedTargets: readonly FollowTarget[];
  data: NotificationData;
  /** People told besides the followers (the author of a commented resource, the person replied to). */
  alsoUserIds?: readonly (string | null)[];
  /** The person who caused it is not told about their own act. */
  exceptUserId?: string | null;
  /** Others not to tell (already told of the same act by a more specific event). */
  exceptUserIds?: readonly (string | null)[];
  /**
   * A notice to the author about their own content (a moderator's decision): told even when the content is now
   * hidden from them, since it tells them nothing they did not write. Only with `alsoUserIds`, never followers.
   */
  toAuthorOnly?: boolean;
};

/** People told per transaction: a big space's followers are notified in slices, each committed with its mails. */
const BATCH = 500;

/**
 * Tells the followers of an event's targets about it (issue 6, 1.6): an in-app notification each, and a mail at
 * once to those who chose that for the kind (the others get it in the daily digest, or not by mail). Nobody is told
 * about what they may not see: when the resource is not visible to everyone, each follower is checked with the one
 * resource rule (isResourceVisible). Blocked and unconfirmed people are not told. Safe to run twice or on two
 * workers at once: a notification is unique per person and event, and mail goes only with a newly made one.
 */
export async function notifyFollowers(event: FollowerEvent): Promise<{ notified: number; mailed: number }> {
  const except = new Set([event.exceptUserId, ...(event.exceptUserIds ?? [])].filter((id): id is string => !!id));
  const follows =
    event.followedTargets.length === 0
      ? []
      : await db.follow.findMany({
          where: {
            OR: event.followedTargets.map((t) => ({ targetType: t.type, targetId: t.id })),
            user: { organizationId: event.organizationId },
          },
          select: { userId: true },
          distinct: ['userId'],
          orderBy: { userId: 'asc' },
        });
  // loadActorsOfUsers keeps only people of this organization, so a stray id in alsoUserIds tells nobody.
  const userIds = [...new Set([...follows.map((f) => f.userId), ...(event.alsoUserIds ?? []).filter((id): id is string => !!id)])].filter((id) => !except.has(id)).sort();
  if (userIds.length === 0) return { notified: 0, mailed: 0 };
  const organization = await db.organization.findUniqueOrThrow({ where: { id: event.organizationId }, select: { name: true } });
  // Visible to an anonymous visitor means visible to every signed-in person of the organization as well (a published
  // public space and component); only otherwise does each follower need a look of their own.
  const visibleToAll = (event.toAuthorOnly && event.followedTargets.length === 0) || (await isResourceVisible(null, event.organizationId, event.resource));
  let notified = 0;
  let mailed = 0;
  for (let i = 0; i < userIds.length; i += BATCH) {
    const actors = await loadActorsOfUsers(event.organizationId, userIds.slice(i, i + BATCH));
    const recipients = visibleToAll ? [...actors.values()] : await mayAllSee(actors, event);
    if (recipients.length === 0) continue;
    const result = await tellRecipients(event, recipients, organization.name);
    notified += result.notified;
    mailed += result.mailed;
  }
  return { notified, mailed };
}

async function mayAllSee(actors: Map<string, Actor>, event: FollowerEvent): Promise<Actor[]> {
  const seen = await Promise.all([...actors.values()].map(async (a) => ((await isResourceVisible(a, event.organizationId, event.resource)) ? a : null)));
  return seen.filter((a): a is Actor => a !== null);
}

async function tellRecipients(event: FollowerEvent, recipients: readonly Actor[], organizationName: unknown) {
  const preferences = await db.notificationPreference.findMany({
    where: { userId: { in: recipients.map((r) => r.userId) }, kind: event.kind },
    select: { userId: true, kind: true, email: true },
  });
  const choiceOf = (userId: string) => emailChoiceFor(event.kind, preferences.filter((p) => p.userId === userId));
  return db.$transaction(async (tx) => {
    const now = new Date();
    const created = await tx.notification.createManyAndReturn({
      data: recipients.map((r) => ({
        organizationId: event.organizationId,
        userId: r.userId,
        kind: event.kind,
        eventKey: event.eventKey,
        resourceType: event.resource.type,
        resourceId: event.resource.id,
        data: event.data,
        // Only a digest reader's mail is still to come; at once is queued below, off never comes.
        emailSettledAt: choiceOf(r.userId) === 'DAILY' ? null : now,
      })),
      skipDuplicates: true,
      select: { userId: true },
    });
    let mailed = 0;
    for (const { userId } of created) {
      if (choiceOf(userId) !== 'IMMEDIATE') continue;
      const r = recipients.find((x) => x.userId === userId)!;
      const mail = eventMail({ userId, email: r.email, name: r.displayName, locale: r.locale }, event.kind, event.data, organizationName);
      await queueMail(tx, { kind: 'notification.event', to: r.email, organizationId: event.organizationId, ...mail });
      mailed++;
    }
    return { notified: created.length, mailed };
  });
}
