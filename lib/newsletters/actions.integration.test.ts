/**
 * The server actions of newsletters and notifications refuse a caller who is not signed in, and malformed ids, before
 * anything is read or written (the mutations' own refusals are in newsletters.integration.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { signInAs } from '@/tests/setup/signed-in-as';
import { newsFollowersFixture } from '@/tests/factories/news-followers';

vi.mock('@/lib/auth/current-actor', () => import('@/tests/setup/signed-in-as'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const newsletters = await import('./actions');
const notifications = await import('@/lib/notifications/actions');

describe('newsletter and notification actions', () => {
  it('answer UNAUTHENTICATED to anonymous callers and change nothing', async () => {
    const f = await newsFollowersFixture();
    signInAs(f.coordinator);
    const created = await newsletters.createNewsletterAction({
      subject: { fi: 'Aihe', sv: '', en: '' },
      body: { fi: 'Teksti', sv: '', en: '' },
      audience: 'SPACE_FOLLOWERS',
      targetId: f.space.id,
    });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : '';
    const before = await db.newsletter.findUniqueOrThrow({ where: { id } });

    signInAs(null);
    const anonymous = [
      newsletters.createNewsletterAction({ subject: { fi: 'x' }, body: { fi: 'y' }, audience: 'ALL_OPTED_IN', targetId: '' }),
      newsletters.updateNewsletterAction(id, { subject: { fi: 'x' }, body: { fi: 'y' }, audience: 'ALL_OPTED_IN', targetId: '' }),
      newsletters.deleteNewsletterAction(id),
      newsletters.sendNewsletterTestAction(id, 'fi'),
      newsletters.sendNewsletterAction(id),
      newsletters.setNewsletterConsentAction(true),
      notifications.markAllNotificationsReadAction(),
      notifications.setEmailPreferencesAction({ news_published: 'OFF' }),
    ];
    for (const result of await Promise.all(anonymous)) expect(result).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    expect(await db.newsletter.findUniqueOrThrow({ where: { id } })).toEqual(before);

    signInAs(f.coordinator);
    for (const bad of [null, '', 'x'.repeat(100), { id }, "1' OR '1'='1"]) {
      expect(await newsletters.sendNewsletterAction(bad)).toMatchObject({ ok: false, error: 'INVALID_INPUT' });
    }
    expect(await newsletters.sendNewsletterTestAction(id, 'de')).toMatchObject({ ok: false, error: 'INVALID_INPUT' });
    expect(await newsletters.setNewsletterConsentAction('yes')).toMatchObject({ ok: false, error: 'INVALID_INPUT' });
    expect((await db.newsletter.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
  });
});
