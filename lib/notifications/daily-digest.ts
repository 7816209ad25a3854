import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { loadActorsOfUsers } from '@/lib/auth/user-actor';
import { instantToZonedLocal } from '@/lib/core/zoned-time';
import { visibleResources } from '@/lib/core/resources/visible-resources';
import { db } from '@/lib/db';
import { runOncePerPeriod } from '@/lib/jobs/run-once-per-period';
import { queueMail } from '@/lib/mail/queue-mail';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { TASK } from '@/lib/jobs/task-names';
import { emailChoiceFor, isNotificationKind, type NotificationKind } from './event-kinds';
import { digestMail } from './mails';
import { type NotificationData, readNotificationData } from './notification-data';

/** Digests go out from this local hour on (the first scheduled tick after 7:00 in the organization's time zone). */
export const DIGEST_HOUR = 7;
/** People whose digests are composed per round; each person's digest is its own transaction. */
const PEOPLE_PER_ROUND = 200;

/**
 * The daily digest (issue 6, 1.6): once a day, each person who chose "daily" for some kind gets one mail listing
 * what they were notified of since their last digest — only what they may still see. The hourly scheduler queues
 * one job per organization whose local morning has come (queueDueDigests); that job runs once per organization and
 * local day whatever runs it (runOncePerPeriod), and each person's digest goes out once per day in any case (the
 * NotificationDigest primary key, claimed in the transaction that queues the mail) — so two workers at once, or a
 * repeated run, never send a second digest.
 */
export async function queueDueDigests(now = new Date()): Promise<string[]> {
  const organizations = await db.organization.findMany({ select: { id: true, timeZone: true } });
  const queued: string[] = [];
  for (const org of organizations) {
    const day = digestDay(org.timeZone, now);
    if (!day) continue;
    const done = await db.scheduledRun.count({ where: { task: digestTask(org.id), period: day } });
    if (done > 0) continue;
    await enqueueJob(db, TASK.organizationDigest, { organizationId: org.id, day }, { jobKey: `${TASK.organizationDigest}:${org.id}:${day}` });
    queued.push(org.id);
  }
  return queued;
}

/** The organization's local date when its digests are due (its morning has come), else null. */
export function digestDay(timeZone: string, now: Date): string | null {
  const local = instantToZonedLocal(now, timeZone);
  return Number(local.slice(11, 13)) < DIGEST_HOUR ? null : local.slice(0, 10);
}

function digestTask(organizationId: string): string {
  return `notification-digest:${organizationId}`;
}

const OrganizationDigestPayload = z.object({ organizationId: z.string().regex(/^[a-z0-9]{1,40}$/), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/** The organization-digest task: one organization's digests of one day, once, whichever worker gets there. */
export async function runOrganizationDigest(payload: unknown, now = new Date()): Promise<{ digests: number; settled: number } | null> {
  const parsed = OrganizationDigestPayload.safeParse(payload);
  if (!parsed.success) return null;
  const { organizationId, day } = parsed.data;
  return runOncePerPeriod(digestTask(organizationId), day, () => sendOrganizationDigests(organizationId, day, now));
}

/** One organization's digests for one local day; exported for the test of two workers bypassing the period guard. */
export async function sendOrganizationDigests(organizationId: string, day: string, now: Date): Promise<{ digests: number; settled: number }> {
  let digests = 0;
  let settled = 0;
  let afterUserId = '';
  for (;;) {
    const people = await db.notification.findMany({
      where: { organizationId, emailSettledAt: null, createdAt: { lte: now }, userId: { gt: afterUserId } },
      select: { userId: true },
      distinct: ['userId'],
      orderBy: { userId: 'asc' },
      take: PEOPLE_PER_ROUND,
    });
    if (people.length === 0) break;
    afterUserId = people[people.length - 1]!.userId;
    const actors = await loadActorsOfUsers(organizationId, people.map((p) => p.userId));
    const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } });
    for (const { userId } of people) {
      const outcome = await digestForPerson(organizationId, userId, actors.get(userId) ?? null, day, now, organization.name);
      digests += outcome.sent ? 1 : 0;
      settled += outcome.settled;
    }
  }
  return { digests, settled };
}

async function digestForPerson(organizationId: string, userId: string, actor: Actor | null, day: string, now: Date, organizationName: unknown) {
  const pending = await db.notification.findMany({
    where: { userId, emailSettledAt: null, createdAt: { lte: now } },
    select: { id: true, kind: true, resourceType: true, resourceId: true, data: true },
    orderBy: { createdAt: 'asc' },
    take: 1000,
  });
  const preferences = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, email: true } });
  // Still wanted by mail daily, still visible to the person (content may have been withdrawn since), still readable.
  const visible = actor ? await visibleResources(actor, organizationId, pending.map((n) => ({ type: n.resourceType, id: n.resourceId }))) : [];
  const isVisible = (n: (typeof pending)[number]) => visible.some((v) => v.type === n.resourceType && v.id === n.resourceId);
  const items: { id: string; kind: NotificationKind; data: NotificationData }[] = [];
  for (const n of pending) {
    const data = readNotificationData(n.data);
    if (actor && data && isNotificationKind(n.kind) && emailChoiceFor(n.kind, preferences) === 'DAILY' && isVisible(n)) items.push({ id: n.id, kind: n.kind, data });
  }
  return db.$transaction(async (tx) => {
    let sent = false;
    if (actor && items.length > 0) {
      // The person's digest of the day is claimed here; a second worker's claim finds the row and sends nothing.
      const claimed = await tx.$executeRaw`INSERT INTO "NotificationDigest" ("userId", "day") VALUES (${userId}, ${day}) ON CONFLICT DO NOTHING`;
      if (claimed === 0) return { sent: false, settled: 0 };
      const mail = digestMail({ userId, email: actor.email, name: actor.displayName, locale: actor.locale }, items, organizationName);
      await queueMail(tx, { kind: 'notification.digest', to: actor.email, organizationId, ...mail });
      sent = true;
    }
    // Everything looked at is settled: mailed now, or not to be mailed (email off, hidden, the person blocked).
    const { count } = await tx.notification.updateMany({ where: { id: { in: pending.map((n) => n.id) }, emailSettledAt: null }, data: { emailSettledAt: now } });
    return { sent, settled: count };
  });
}
