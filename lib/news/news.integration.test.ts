/**
 * The News kind against the real database: every mutation, who may call it (through the server actions, with the
 * signed-in actor mocked), forged areas, past schedule times, and the one visibility rule of public reads.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { signInAs } from '@/tests/setup/signed-in-as';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { actorFor, createTestUser } from '@/tests/factories/organization-admin';
import { actorWithSpaceRole, auditRows, componentFixture, refusal } from '@/tests/factories/components';

vi.mock('@/lib/auth/current-actor', () => import('@/tests/setup/signed-in-as'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const actions = await import('./actions');
const { createNewsPost, deleteNewsPost, setNewsPostPinned, setNewsPostUnpublished, updateNewsPost } = await import('./mutations');
const { findLatestVisiblePosts, findVisibleComponentPosts, getVisiblePost } = await import('./queries');

let f: Awaited<ReturnType<typeof componentFixture>>;
let componentId: string;
let areaId: string;
let otherAreaId: string;
let resident: Actor;
let coordinatorElsewhere: Actor;

const HOUR = 3600_000;
/** A wall-clock time in Helsinki `hours` from now, as the datetime-local input gives it. */
function helsinkiIn(hours: number): string {
  const d = new Date(Date.now() + hours * HOUR);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(d)
    .replace(' ', 'T');
}

function post(title: string, extra: Record<string, unknown> = {}) {
  return {
    title: { fi: title, sv: '', en: '' },
    summary: { fi: `Tiivistelmä: ${title}`, sv: '', en: '' },
    body: { fi: `Tekstiä: ${title}`, sv: '', en: '' },
    areaIds: [areaId],
    publication: 'now' as const,
    scheduledAt: '',
    isPinned: false,
    ...extra,
  };
}

beforeAll(async () => {
  f = await componentFixture();
  areaId = (await db.area.create({ data: { organizationId: f.org.id, slug: `neulamaki-${Date.now()}`, kind: 'NEIGHBOURHOOD', name: { fi: 'Neulamäki' } } })).id;
  const otherOrgArea = await db.organization.create({ data: { slug: `muu-${Date.now()}`, name: { fi: 'Muu kunta' } } });
  otherAreaId = (await db.area.create({ data: { organizationId: otherOrgArea.id, slug: 'vieras', kind: 'NEIGHBOURHOOD', name: { fi: 'Vieras' } } })).id;
  componentId = (await db.component.create({ data: { spaceId: f.space.id, kind: 'news', name: { fi: 'Tiedotus' }, isPublished: true }, select: { id: true } })).id;
  resident = await actorFor((await createTestUser(f.org.id, { label: 'resident' })).id);
  coordinatorElsewhere = await actorWithSpaceRole(f.org.id, f.otherSpace.id, 'COORDINATOR', 'coord-elsewhere');
});

describe('news mutations', () => {
  it('creates a published post with its areas, author and an audit record tied to the space', async () => {
    const { id } = await createNewsPost(f.coordinator, componentId, post('Työpaja tiistaina'));
    const stored = await db.newsPost.findUniqueOrThrow({ where: { id }, include: { areas: true } });
    expect(stored).toMatchObject({ authorId: f.coordinator.userId, isPinned: false, unpublishedAt: null, title: { fi: 'Työpaja tiistaina' } });
    expect(stored.publishAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(stored.areas.map((a) => a.areaId)).toEqual([areaId]);
    expect((await auditRows(id))[0]).toMatchObject({ action: 'news_post.create', actorId: f.coordinator.userId, spaceId: f.space.id });
  });

  it('schedules a post at a Helsinki wall-clock time and refuses a time in the past with a field error', async () => {
    const { id } = await createNewsPost(f.admin, componentId, post('Ajastettu', { publication: 'schedule', scheduledAt: helsinkiIn(48) }));
    const stored = await db.newsPost.findUniqueOrThrow({ where: { id } });
    expect(Math.abs(stored.publishAt!.getTime() - (Date.now() + 48 * HOUR))).toBeLessThan(2 * 60_000);
    const before = await db.newsPost.count({ where: { componentId } });
    expect(await refusal(createNewsPost(f.admin, componentId, post('Menneisyydessä', { publication: 'schedule', scheduledAt: helsinkiIn(-1) })))).toEqual({
      code: 'INVALID_INPUT',
      fieldErrors: { scheduledAt: ['newsScheduleInPast'] },
    });
    expect(await db.newsPost.count({ where: { componentId } })).toBe(before);
  });

  it('refuses forged or foreign area ids with a field error, storing nothing', async () => {
    const before = await db.newsPost.count({ where: { componentId } });
    for (const ids of [[otherAreaId], [areaId, 'keksitty-alue']]) {
      expect(await refusal(createNewsPost(f.admin, componentId, post('Väärä alue', { areaIds: ids })))).toEqual({
        code: 'INVALID_INPUT',
        fieldErrors: { areaIds: ['newsUnknownArea'] },
      });
    }
    expect(await db.newsPost.count({ where: { componentId } })).toBe(before);
  });

  it('updates a post, keeping its publication time, and refuses turning it back into a draft', async () => {
    const { id } = await createNewsPost(f.coordinator, componentId, post('Alkuperäinen'));
    const first = await db.newsPost.findUniqueOrThrow({ where: { id } });
    await updateNewsPost(f.coordinator, componentId, id, post('Korjattu', { areaIds: [], isPinned: true }));
    const updated = await db.newsPost.findUniqueOrThrow({ where: { id }, include: { areas: true } });
    expect(updated).toMatchObject({ title: { fi: 'Korjattu' }, isPinned: true, publishAt: first.publishAt, areas: [] });
    const audit = (await auditRows(id)).find((a) => a.action === 'news_post.update');
    expect(audit).toMatchObject({ before: { title: { fi: 'Alkuperäinen' } }, after: { title: { fi: 'Korjattu' } } });
    expect(await refusal(updateNewsPost(f.coordinator, componentId, id, post('Luonnokseksi', { publication: 'draft' })))).toEqual({
      code: 'INVALID_INPUT',
      fieldErrors: { publication: ['newsAlreadyPublished'] },
    });
  });

  it('pins, unpublishes and republishes with audit records; deletes drafts only', async () => {
    const { id } = await createNewsPost(f.coordinator, componentId, post('Elinkaari'));
    await setNewsPostPinned(f.coordinator, componentId, id, true);
    await setNewsPostUnpublished(f.coordinator, componentId, id, true);
    expect((await db.newsPost.findUniqueOrThrow({ where: { id } })).unpublishedAt).not.toBeNull();
    expect((await refusal(deleteNewsPost(f.coordinator, componentId, id))).code).toBe('CONFLICT');
    await setNewsPostUnpublished(f.coordinator, componentId, id, false);
    expect((await db.newsPost.findUniqueOrThrow({ where: { id } })).unpublishedAt).toBeNull();
    expect((await auditRows(id)).map((a) => a.action)).toEqual(['news_post.create', 'news_post.pin', 'news_post.unpublish', 'news_post.republish']);

    const draft = await createNewsPost(f.coordinator, componentId, post('Luonnos', { publication: 'draft' }));
    expect((await refusal(setNewsPostUnpublished(f.coordinator, componentId, draft.id, true))).code).toBe('CONFLICT');
    await deleteNewsPost(f.coordinator, componentId, draft.id);
    expect(await db.newsPost.findUnique({ where: { id: draft.id } })).toBeNull();
    expect((await auditRows(draft.id)).map((a) => a.action)).toEqual(['news_post.create', 'news_post.delete']);
  });

  it('refuses those who may not manage the component, storing nothing', async () => {
    const before = await db.newsPost.count();
    expect((await refusal(createNewsPost(resident, componentId, post('Asukas')))).code).toBe('FORBIDDEN');
    expect((await refusal(createNewsPost(coordinatorElsewhere, componentId, post('Toinen tila')))).code).toBe('FORBIDDEN');
    expect((await refusal(createNewsPost(f.evaluator, componentId, post('Arvioija')))).code).toBe('FORBIDDEN');
    expect((await refusal(createNewsPost(f.outsider, componentId, post('Ulkopuolinen')))).code).toBe('NOT_FOUND');
    expect(await db.newsPost.count()).toBe(before);
  });
});

describe('news server actions', () => {
  it('refuse anonymous visitors, residents and coordinators of another space for every action', async () => {
    const target = await createNewsPost(f.coordinator, componentId, post('Kohde', { publication: 'draft' }));
    const snapshot = async () => [await db.newsPost.count(), await db.auditLog.count({ where: { spaceId: f.space.id } })];
    const before = await snapshot();
    for (const [who, code] of [[null, 'UNAUTHENTICATED'], [resident, 'FORBIDDEN'], [coordinatorElsewhere, 'FORBIDDEN']] as const) {
      signInAs(who);
      const results = [
        await actions.createNewsPostAction(componentId, post('Väärä')),
        await actions.updateNewsPostAction(componentId, target.id, post('Väärä')),
        await actions.setNewsPostPinnedAction(componentId, target.id, true),
        await actions.setNewsPostUnpublishedAction(componentId, target.id, true),
        await actions.deleteNewsPostAction(componentId, target.id),
      ];
      for (const r of results) expect(r).toMatchObject({ ok: false, error: code });
    }
    expect(await snapshot()).toEqual(before);
    signInAs(f.coordinator);
    expect(await actions.deleteNewsPostAction(componentId, target.id)).toMatchObject({ ok: true });
    signInAs(null);
  });
});

describe('news visibility', () => {
  it('shows only published, current, unpublished-free posts of readable components', async () => {
    const vis = await db.component.create({ data: { spaceId: f.space.id, kind: 'news', name: { fi: 'Näkyvyys' }, isPublished: true }, select: { id: true } });
    const mk = (title: string, data: Record<string, unknown>) =>
      db.newsPost.create({ data: { componentId: vis.id, title: { fi: title }, body: { fi: title }, areas: { create: [{ areaId }] }, ...data }, select: { id: true } });
    const visible = await mk('Näkyvä', { publishAt: new Date(Date.now() - HOUR) });
    await mk('Luonnos', { publishAt: null });
    await mk('Ajastettu', { publishAt: new Date(Date.now() + HOUR) });
    await mk('Peruttu', { publishAt: new Date(Date.now() - HOUR), unpublishedAt: new Date() });

    const { posts, total } = await findVisibleComponentPosts(null, f.org.id, vis.id, { page: 1, perPage: 10 });
    expect(total).toBe(1);
    expect(posts.map((p) => p.id)).toEqual([visible.id]);
    // Editors see drafts in the admin view only; public reads are the same for them.
    expect((await findVisibleComponentPosts(f.admin, f.org.id, vis.id, { page: 1, perPage: 10 })).total).toBe(1);

    await db.component.update({ where: { id: vis.id }, data: { isPublished: false } });
    expect(await getVisiblePost(null, f.org.id, vis.id, visible.id)).toBeNull();
    await db.component.update({ where: { id: vis.id }, data: { isPublished: true, archivedAt: new Date() } });
    expect(await getVisiblePost(null, f.org.id, vis.id, visible.id)).toBeNull();
    await db.component.update({ where: { id: vis.id }, data: { archivedAt: null } });
    await db.space.update({ where: { id: f.space.id }, data: { isPrivate: true } });
    expect(await getVisiblePost(null, f.org.id, vis.id, visible.id)).toBeNull();
    await db.space.update({ where: { id: f.space.id }, data: { isPrivate: false } });
    expect((await getVisiblePost(null, f.org.id, vis.id, visible.id))?.id).toBe(visible.id);
    // Another organization never sees it.
    expect(await getVisiblePost(null, 'toinen-organisaatio', vis.id, visible.id)).toBeNull();
    const byArea = await findLatestVisiblePosts(null, f.org.id, { areaId, take: 50 });
    expect(byArea.map((p) => p.title)).not.toContainEqual({ fi: 'Luonnos' });
    expect(byArea.map((p) => p.id)).toContain(visible.id);
  });
});
