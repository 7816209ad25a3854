/**
 * Follows against the real database (issue 6, 1.6): people follow spaces, areas and resources they may see — not
 * private spaces they are not members of, not other municipalities' areas, not withdrawn or unknown resources — only
 * their own follows change, and the actions refuse anonymous callers and malformed targets.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { signInAs } from '@/tests/setup/signed-in-as';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { setNewsPostUnpublished } from '@/lib/news/mutations';
import { refusal } from '@/tests/factories/components';
import { createTestOrganization } from '@/tests/factories/organization-admin';
import { newsFollowersFixture } from '@/tests/factories/news-followers';

vi.mock('@/lib/auth/current-actor', () => import('@/tests/setup/signed-in-as'));

const { followAction, followStateAction, unfollowAction } = await import('./actions');
const { follow, unfollow, followAutomatically } = await import('./mutations');
const { isFollowing, listFollows } = await import('./queries');

let f: Awaited<ReturnType<typeof newsFollowersFixture>>;
let resident: Actor;
let postId: string;
let foreignAreaId: string;

beforeAll(async () => {
  f = await newsFollowersFixture();
  resident = (await f.person('follower')).actor;
  postId = (await f.publish(f.coordinator, f.newsId, 'Seurattava tiedote')).id;
  const other = await createTestOrganization('foreign');
  foreignAreaId = (await db.area.create({ data: { organizationId: other.id, slug: 'vieras', kind: 'NEIGHBOURHOOD', name: { fi: 'Vieras' } } })).id;
});

describe('following', () => {
  it('follows and unfollows a space, an area and a post, idempotently, and lists them by name', async () => {
    for (const target of [{ type: 'space', id: f.space.id }, { type: 'area', id: f.area.id }, { type: 'news_post', id: postId }]) {
      await follow(resident, target);
      await follow(resident, target);
      expect(await isFollowing(resident, target)).toBe(true);
    }
    expect(await db.follow.count({ where: { userId: resident.userId } })).toBe(3);
    const listed = await listFollows(resident, 'fi');
    expect(listed.map((l) => [l.type, l.title])).toEqual(
      expect.arrayContaining([
        ['space', expect.stringContaining('Testitila')],
        ['area', 'Petonen'],
        ['news_post', 'Seurattava tiedote'],
      ]),
    );
    expect(listed.find((l) => l.type === 'news_post')!.path).toBe(`/spaces/${f.space.slug}/c/${f.newsId}/${postId}`);
    await unfollow(resident, { type: 'area', id: f.area.id });
    await unfollow(resident, { type: 'area', id: f.area.id });
    expect(await isFollowing(resident, { type: 'area', id: f.area.id })).toBe(false);
  });

  it('refuses what the person may not see, and lists a followed post only while it is visible', async () => {
    for (const target of [
      { type: 'space', id: f.council.id }, // private, not a member
      { type: 'area', id: foreignAreaId }, // another municipality
      { type: 'news_post', id: 'eiolemassa' },
      { type: 'idea', id: postId }, // no such resource type
    ]) {
      expect((await refusal(follow(resident, target))).code, target.type).toBe('NOT_FOUND');
    }
    await setNewsPostUnpublished(f.coordinator, f.newsId, postId, true);
    expect((await listFollows(resident, 'fi')).some((l) => l.type === 'news_post')).toBe(false);
    await setNewsPostUnpublished(f.coordinator, f.newsId, postId, false);
    expect((await listFollows(resident, 'fi')).some((l) => l.type === 'news_post')).toBe(true);
  });

  it('makes automatic follows that a click turns into the person’s own', async () => {
    const writer = (await f.person('writer')).actor;
    await db.$transaction((tx) => followAutomatically(tx, writer.userId, { type: 'news_post', id: postId }));
    expect(await db.follow.findFirst({ where: { userId: writer.userId }, select: { automatic: true } })).toEqual({ automatic: true });
    await follow(writer, { type: 'news_post', id: postId });
    expect(await db.follow.findFirst({ where: { userId: writer.userId }, select: { automatic: true } })).toEqual({ automatic: false });
  });
});

describe('follow actions', () => {
  it('refuse anonymous callers and malformed targets, and touch only the caller’s own follows', async () => {
    signInAs(null);
    for (const call of [followAction({ type: 'space', id: f.space.id }), unfollowAction({ type: 'space', id: f.space.id }), followStateAction({ type: 'space', id: f.space.id })]) {
      expect(await call).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    }
    signInAs(resident);
    for (const bad of [null, 'space', { type: 'space' }, { type: 'Space!', id: f.space.id }, { type: 'space', id: 'x'.repeat(80) }, { type: 'space', id: f.space.id, userId: f.coordinator.userId }]) {
      const result = await followAction(bad);
      if (bad && typeof bad === 'object' && 'userId' in bad) {
        // Extra fields are dropped: the follow is the caller's, never the named user's.
        expect(result).toEqual({ ok: true, data: { following: true } });
        expect(await isFollowing(f.coordinator, { type: 'space', id: f.space.id })).toBe(false);
      } else {
        expect(result).toMatchObject({ ok: false, error: 'INVALID_INPUT' });
      }
    }
    expect(await followStateAction({ type: 'space', id: f.space.id })).toEqual({ ok: true, data: { following: true } });
    expect(await unfollowAction({ type: 'space', id: f.space.id })).toEqual({ ok: true, data: { following: false } });
    signInAs(f.coordinator);
    expect(await followAction({ type: 'space', id: f.council.id })).toEqual({ ok: false, error: 'NOT_FOUND' });
  });
});
