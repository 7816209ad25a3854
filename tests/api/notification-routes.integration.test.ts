/**
 * The route handlers of notifications (issue 6, 1.6) against the real database: the RFC 8058 one-click endpoint
 * (no session; the signed token is the whole authorization), the header's unread count (personal, never cached),
 * and opening a notification (only one's own, and only to a path on this site).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { signInAs } from '@/tests/setup/signed-in-as';
import { db } from '@/lib/db';
import { makeUnsubscribeToken } from '@/lib/notifications/unsubscribe-token';
import { newsFollowersFixture } from '@/tests/factories/news-followers';
import { runQueuedJobs } from '@/tests/setup/jobs';

vi.mock('@/lib/auth/current-actor', () => import('@/tests/setup/signed-in-as'));

const unsubscribe = await import('@/app/api/unsubscribe/route');
const unread = await import('@/app/api/me/notifications/route');
const openRoute = await import('@/app/[locale]/notifications/[id]/route');

let f: Awaited<ReturnType<typeof newsFollowersFixture>>;
let reader: Awaited<ReturnType<typeof f.person>>;

beforeAll(async () => {
  f = await newsFollowersFixture();
  reader = await f.person('routes');
  await f.follows(reader.id, 'space', f.space.id);
  await f.publish(f.coordinator, f.newsId, 'Reittien testi');
  await runQueuedJobs();
});

const oneClick = (token: string) =>
  unsubscribe.POST(
    new Request(`http://localhost/api/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    }),
  );

describe('one-click unsubscribe (RFC 8058)', () => {
  it('switches the named mail off without a session, and refuses forged tokens with a problem, never a 500', async () => {
    signInAs(null);
    const response = await oneClick(makeUnsubscribeToken(reader.id, 'news_published'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await db.notificationPreference.findUnique({ where: { userId_kind: { userId: reader.id, kind: 'news_published' } } })).toMatchObject({ email: 'OFF' });
    for (const bad of ['', 'garbage', `${reader.id}.news_published.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, makeUnsubscribeToken(reader.id, 'no_such_kind')]) {
      const refused = await oneClick(bad);
      expect(refused.status, bad).toBe(400);
      expect(refused.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});

describe('the unread count', () => {
  it('answers 401 to visitors and the person’s own count, uncached, to the signed in', async () => {
    signInAs(null);
    const anonymous = await unread.GET();
    expect(anonymous.status).toBe(401);
    signInAs(reader.actor);
    const mine = await unread.GET();
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(await mine.json()).toEqual({ unread: 1, signedIn: true });
  });
});

describe('opening a notification', () => {
  const open = (id: string, locale = 'fi') => openRoute.GET(new Request(`http://localhost/${locale}/notifications/${id}`), { params: Promise.resolve({ locale, id }) });

  it('marks one’s own read and goes to its page; others’ and malformed ids go back to the centre; visitors to sign-in', async () => {
    const notification = await db.notification.findFirstOrThrow({ where: { userId: reader.id } });
    signInAs(null);
    expect((await open(notification.id)).headers.get('location')).toBe('/fi/sign-in?returnTo=%2Fnotifications');
    signInAs((await f.person('someone-else')).actor);
    expect((await open(notification.id)).headers.get('location')).toBe('/fi/notifications');
    expect((await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).toBeNull();
    for (const bad of ['..%2F..', 'X'.repeat(100), "1' OR '1'='1"]) expect((await open(bad)).status).toBe(303);
    signInAs(reader.actor);
    const response = await open(notification.id, 'sv');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(new RegExp(`^/sv/spaces/${f.space.slug}/c/${f.newsId}/[a-z0-9]+$`));
    expect((await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).toBeInstanceOf(Date);
  });
});
