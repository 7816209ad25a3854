import 'server-only';
import { db } from '@/lib/db';
import { deleteDetachedImages } from '@/lib/images/clean-up';
import { fileStore } from '@/lib/storage/configured-store';

const DAY_MS = 24 * 3600_000;

/** How long ended things are kept, for the device list, support questions and the delivery log. */
export const RETENTION = {
  /** Sessions after they expired or were signed out. */
  endedSessionsMs: 30 * DAY_MS,
  /** One-time links after they expired (used ones expire too). */
  expiredTokensMs: 7 * DAY_MS,
  /** Records of delivered mail (failed ones are kept for the admins until they age out too). */
  sentMailMs: 90 * DAY_MS,
  failedMailMs: 365 * DAY_MS,
  /** graphile-worker jobs given up: their payload can hold a link, and MailDelivery keeps what admins need. */
  givenUpJobsMs: 7 * DAY_MS,
  /** Notifications (read or not) whose mail is settled: the centre shows a year back. */
  notificationsMs: 365 * DAY_MS,
  /** "Digest sent on this day" markers: only today's matters. */
  digestMarkersMs: 60 * DAY_MS,
} as const;

export type CleanUpResult = {
  sessions: number;
  tokens: number;
  rateLimits: number;
  mailDeliveries: number;
  givenUpJobs: number;
  detachedImages: number;
  notifications: number;
  digestMarkers: number;
};

/**
 * Deletes what has ended and is no longer needed: expired or signed-out sessions, expired one-time links, expired
 * rate-limit counters, old delivery records, jobs given up long ago, notifications over a year old, old digest markers, and images attached to nothing for a day (an
 * unsaved upload or one its resource dropped) with their files. Every statement is idempotent, so a
 * repeated run only finds less to delete.
 */
export async function cleanUpExpiredRows(now: Date = new Date()): Promise<CleanUpResult> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const sessions = await db.session.deleteMany({
    where: {
      OR: [{ expiresAt: { lt: before(RETENTION.endedSessionsMs) } }, { revokedAt: { lt: before(RETENTION.endedSessionsMs) } }],
    },
  });
  const tokens = await db.userToken.deleteMany({ where: { expiresAt: { lt: before(RETENTION.expiredTokensMs) } } });
  // rate-limiter-flexible stores the expiry as milliseconds since the epoch; NULL means it never expires.
  const rateLimits = await db.rateLimit.deleteMany({ where: { expire: { lt: BigInt(now.getTime()) } } });
  const mailDeliveries = await db.mailDelivery.deleteMany({
    where: {
      OR: [
        { status: 'SENT', createdAt: { lt: before(RETENTION.sentMailMs) } },
        { status: 'FAILED', createdAt: { lt: before(RETENTION.failedMailMs) } },
      ],
    },
  });
  // graphile-worker's own table: a job whose attempts ran out stays there with its payload until deleted.
  const givenUpJobs = await db.$executeRaw`
    DELETE FROM graphile_worker._private_jobs
    WHERE attempts >= max_attempts AND locked_at IS NULL AND updated_at < ${before(RETENTION.givenUpJobsMs)}`;
  const detachedImages = await deleteDetachedImages(fileStore(), now);
  const notifications = await db.notification.deleteMany({ where: { createdAt: { lt: before(RETENTION.notificationsMs) }, emailSettledAt: { not: null } } });
  const digestMarkers = await db.notificationDigest.deleteMany({ where: { createdAt: { lt: before(RETENTION.digestMarkersMs) } } });
  return {
    sessions: sessions.count,
    tokens: tokens.count,
    rateLimits: rateLimits.count,
    mailDeliveries: mailDeliveries.count,
    givenUpJobs,
    detachedImages,
    notifications: notifications.count,
    digestMarkers: digestMarkers.count,
  };
}
