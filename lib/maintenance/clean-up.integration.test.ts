/**
 * The hourly clean-up deletes what has ended and keeps what is still in use or still within its retention.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createSession } from '@/lib/auth/sessions';
import { createTestOrganization, createTestUser, uniqueSuffix } from '@/tests/factories/organization-admin';
import { cleanUpExpiredRows, RETENTION } from './clean-up';

const DAY = 24 * 3600_000;

describe('cleanUpExpiredRows', () => {
  it('deletes ended sessions, expired links, expired counters and old delivery records, and nothing else', async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const org = await createTestOrganization('cleanup');
    const user = await createTestUser(org.id);

    const live = await createSession(db, user.id, 'live');
    const recentlyRevoked = await createSession(db, user.id, 'revoked yesterday');
    await db.session.update({ where: { id: recentlyRevoked.id }, data: { revokedAt: ago(DAY) } });
    const longRevoked = await createSession(db, user.id, 'revoked long ago');
    await db.session.update({ where: { id: longRevoked.id }, data: { revokedAt: ago(RETENTION.endedSessionsMs + DAY) } });
    const longExpired = await createSession(db, user.id, 'expired long ago');
    await db.session.update({ where: { id: longExpired.id }, data: { expiresAt: ago(RETENTION.endedSessionsMs + DAY) } });

    const token = (expiresAt: Date) =>
      db.userToken.create({ data: { userId: user.id, kind: 'PASSWORD_RESET', tokenHash: `h-${uniqueSuffix()}`, expiresAt }, select: { id: true } });
    const validToken = await token(new Date(now.getTime() + 3600_000));
    const oldToken = await token(ago(RETENTION.expiredTokensMs + DAY));

    const key = `cleanup-${uniqueSuffix()}`;
    await db.rateLimit.createMany({
      data: [
        { key: `${key}-old`, points: 3, expire: BigInt(now.getTime() - 1000) },
        { key: `${key}-live`, points: 3, expire: BigInt(now.getTime() + 60_000) },
        { key: `${key}-forever`, points: 3, expire: null },
      ],
    });

    const delivery = (status: 'SENT' | 'FAILED' | 'PENDING', createdAt: Date) =>
      db.mailDelivery.create({ data: { organizationId: org.id, kind: 'accessibility.feedback', recipient: 'x@example.test', status, createdAt }, select: { id: true } });
    const oldSent = await delivery('SENT', ago(RETENTION.sentMailMs + DAY));
    const recentSent = await delivery('SENT', ago(DAY));
    const oldFailed = await delivery('FAILED', ago(RETENTION.sentMailMs + DAY));

    const notification = (key: string, createdAt: Date, emailSettledAt: Date | null) =>
      db.notification.create({
        data: { organizationId: org.id, userId: user.id, kind: 'news_published', eventKey: `${key}-${uniqueSuffix()}`, resourceType: 'news_post', resourceId: 'x', data: {}, createdAt, emailSettledAt },
        select: { id: true },
      });
    const oldNotification = await notification('old', ago(RETENTION.notificationsMs + DAY), ago(RETENTION.notificationsMs));
    const oldButDigestDue = await notification('due', ago(RETENTION.notificationsMs + DAY), null);
    const recentNotification = await notification('recent', ago(DAY), ago(DAY));
    await db.notificationDigest.createMany({ data: [{ userId: user.id, day: '2020-01-01', createdAt: ago(RETENTION.digestMarkersMs + DAY) }, { userId: user.id, day: 'today', createdAt: now }] });

    const result = await cleanUpExpiredRows(now);
    expect(result.sessions).toBeGreaterThanOrEqual(2);
    const notificationIds = (await db.notification.findMany({ where: { userId: user.id }, select: { id: true } })).map((n) => n.id).sort();
    expect(notificationIds).toEqual([oldButDigestDue.id, recentNotification.id].sort());
    expect(notificationIds).not.toContain(oldNotification.id);
    expect(await db.notificationDigest.findMany({ where: { userId: user.id }, select: { day: true } })).toEqual([{ day: 'today' }]);

    const sessionIds = (await db.session.findMany({ where: { userId: user.id }, select: { id: true } })).map((s) => s.id).sort();
    expect(sessionIds).toEqual([live.id, recentlyRevoked.id].sort());
    expect(await db.userToken.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([validToken]);
    expect(oldToken.id).not.toBe(validToken.id);
    const keys = (await db.rateLimit.findMany({ where: { key: { startsWith: key } }, select: { key: true } })).map((r) => r.key).sort();
    expect(keys).toEqual([`${key}-forever`, `${key}-live`]);
    const deliveries = (await db.mailDelivery.findMany({ where: { organizationId: org.id }, select: { id: true } })).map((d) => d.id).sort();
    expect(deliveries).toEqual([recentSent.id, oldFailed.id].sort());
    expect(deliveries).not.toContain(oldSent.id);

    // A second run finds nothing more of these.
    await cleanUpExpiredRows(now);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
  });
});
