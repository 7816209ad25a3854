/**
 * Notifications of news posts against the real database, job queue and SMTP sink (issue 6, 1.6): who is told
 * (followers of the space, its areas and the post; never about what they may not see), mail at once in the
 * person's language with RFC 8058 headers, no second notification or mail when the job runs again, scheduled posts
 * announced at their time only, and the notification centre's own rules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { announceNewsPost } from '@/lib/news/publication-notice';
import { setNewsPostUnpublished } from '@/lib/news/mutations';
import { readMailbox } from '@/tests/setup/mailbox';
import { runQueuedJobs } from '@/tests/setup/jobs';
import { newsFollowersFixture } from '@/tests/factories/news-followers';
import { countUnreadNotifications, listNotifications } from './queries';
import { markAllNotificationsRead, openNotification } from './mutations';

let f: Awaited<ReturnType<typeof newsFollowersFixture>>;
type Person = Awaited<ReturnType<typeof f.person>>;
let spaceFollower: Person;
let areaFollowerSv: Person;
let bystander: Person;
let blocked: Person;

const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });

beforeAll(async () => {
  f = await newsFollowersFixture();
  spaceFollower = await f.person('space-follower');
  areaFollowerSv = await f.person('area-follower', 'sv');
  bystander = await f.person('bystander');
  blocked = await f.person('blocked');
  await f.follows(spaceFollower.id, 'space', f.space.id);
  await db.notificationPreference.create({ data: { userId: spaceFollower.id, kind: 'news_published', email: 'IMMEDIATE' } });
  await f.follows(areaFollowerSv.id, 'area', f.area.id);
  await f.follows(blocked.id, 'space', f.space.id);
  await db.user.update({ where: { id: blocked.id }, data: { blockedAt: new Date() } });
  // The author follows the space too, and is not told about their own post.
  await f.follows(f.coordinator.userId, 'space', f.space.id);
});

describe('announcing a news post', () => {
  it('tells the followers of its space and areas, mails at once in their language, and nobody else', async () => {
    const { id } = await f.publish(f.coordinator, f.newsId, 'Katujen kunnostus alkaa');
    await runQueuedJobs();
    const [toSpace] = await notificationsOf(spaceFollower.id);
    expect(toSpace).toMatchObject({ kind: 'news_published', resourceType: 'news_post', resourceId: id, readAt: null });
    expect(toSpace!.emailSettledAt).not.toBeNull();
    const [toArea] = await notificationsOf(areaFollowerSv.id);
    expect(toArea).toMatchObject({ resourceId: id, emailSettledAt: null }); // daily by default: the digest will mail it
    for (const userId of [bystander.id, blocked.id, f.coordinator.userId]) expect(await notificationsOf(userId)).toEqual([]);
    expect((await db.newsPost.findUniqueOrThrow({ where: { id } })).notifiedAt).toBeInstanceOf(Date);

    const mails = readMailbox(spaceFollower.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Uusi tiedote: Katujen kunnostus alkaa');
    expect(mails[0]!.text).toContain(`/fi/spaces/${f.space.slug}/c/${f.newsId}/${id}`);
    expect(mails[0]!.headers['list-unsubscribe']).toMatch(/^<http.*\/api\/unsubscribe\?token=[^>]+>$/);
    expect(mails[0]!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(readMailbox(areaFollowerSv.email)).toEqual([]);
    expect(readMailbox(blocked.email)).toEqual([]);
  });

  it('tells nobody twice when the announcement runs again, even two at once', async () => {
    const { id } = await f.publish(f.coordinator, f.newsId, 'Kaksi kertaa');
    await db.newsPost.update({ where: { id }, data: { notifiedAt: null } });
    await Promise.all([announceNewsPost({ postId: id }), announceNewsPost({ postId: id }), runQueuedJobs()]);
    await runQueuedJobs();
    expect((await notificationsOf(spaceFollower.id)).filter((n) => n.resourceId === id)).toHaveLength(1);
    expect(readMailbox(spaceFollower.email).filter((m) => m.subject.includes('Kaksi kertaa'))).toHaveLength(1);
  });

  it('announces a scheduled post at its time, not before, and a post withdrawn before its time never', async () => {
    const inTwoHours = new Date(Date.now() + 2 * 3600_000);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .format(inTwoHours)
      .replace(' ', 'T');
    const { id } = await f.publish(f.coordinator, f.newsId, 'Ajastettu tiedote', { publication: 'schedule', scheduledAt: local });
    const [job] = await db.$queryRaw<{ run_at: Date }[]>`SELECT run_at FROM graphile_worker.jobs WHERE key = ${`announce-news-post:${id}`}`;
    expect(Math.abs(job!.run_at.getTime() - inTwoHours.getTime())).toBeLessThan(61_000);
    await runQueuedJobs();
    expect(await announceNewsPost({ postId: id })).toBeNull();
    expect((await notificationsOf(spaceFollower.id)).some((n) => n.resourceId === id)).toBe(false);
    // Its time comes (the job's run_at; the post's time is moved instead of the clock).
    await db.newsPost.update({ where: { id }, data: { publishAt: new Date(Date.now() - 1000) } });
    expect(await announceNewsPost({ postId: id })).toMatchObject({ notified: 2, mailed: 1 });
    const later = new Date(Date.now() + 3 * 3600_000);

    const { id: withdrawn } = await f.publish(f.coordinator, f.newsId, 'Peruttu', { publication: 'schedule', scheduledAt: local });
    await setNewsPostUnpublished(f.coordinator, f.newsId, withdrawn, true);
    expect(await announceNewsPost({ postId: withdrawn }, later)).toBeNull();
    expect(await db.notification.count({ where: { resourceId: withdrawn } })).toBe(0);
  });

  it('tells about a private council post only those who may see it: members in force, not former members', async () => {
    const member = await f.person('member');
    const former = await f.person('former');
    await db.spaceMember.create({ data: { spaceId: f.council.id, userId: member.id, fullName: 'Jäsen' } });
    await db.spaceMember.create({ data: { spaceId: f.council.id, userId: former.id, fullName: 'Entinen', endDate: new Date('2025-12-31') } });
    // Both followed the council while they could see it.
    await f.follows(member.id, 'space', f.council.id);
    await f.follows(former.id, 'space', f.council.id);
    await f.follows(bystander.id, 'area', f.area.id);
    const { id } = await f.publish(f.councilCoordinator, f.councilNewsId, 'Neuvoston kokous');
    await runQueuedJobs();
    expect(await db.notification.findMany({ where: { resourceId: id }, select: { userId: true } })).toEqual([{ userId: member.id }]);
  });

  it('ignores malformed payloads and unknown posts', async () => {
    expect(await announceNewsPost({ postId: 'X; DROP' })).toBeNull();
    expect(await announceNewsPost({ postId: 'eioleolemassa' })).toBeNull();
    expect(await announceNewsPost(null)).toBeNull();
  });
});

describe('the notification centre', () => {
  it('lists the person’s own notifications, hides what they may no longer see, counts unread and opens only their own', async () => {
    const { id } = await f.publish(f.coordinator, f.newsId, 'Näkyy ensin');
    await runQueuedJobs();
    const before = await listNotifications(spaceFollower.actor);
    expect(before.items[0]).toMatchObject({ kind: 'news_published', readAt: null });
    expect(before.items.map((n) => n.data.title.fi)).toContain('Näkyy ensin');
    const unread = await countUnreadNotifications(spaceFollower.actor);
    expect(unread).toBeGreaterThan(0);

    await setNewsPostUnpublished(f.coordinator, f.newsId, id, true);
    const after = await listNotifications(spaceFollower.actor);
    expect(after.items.map((n) => n.data.title.fi)).not.toContain('Näkyy ensin');
    expect(await countUnreadNotifications(spaceFollower.actor)).toBe(unread - 1);

    const mine = after.items[0]!;
    const stranger = await f.person('stranger');
    expect(await openNotification(stranger.actor, mine.id)).toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeNull();
    expect(await openNotification(spaceFollower.actor, mine.id)).toBe(mine.data.path);
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeInstanceOf(Date);

    expect(await markAllNotificationsRead(stranger.actor)).toBe(0);
    expect(await countUnreadNotifications(spaceFollower.actor)).toBeGreaterThan(0);
    await markAllNotificationsRead(spaceFollower.actor);
    expect(await countUnreadNotifications(spaceFollower.actor)).toBe(0);
  });
});
