/**
 * The Debates kind against the real database: every mutation and server action, who may call them (anonymous,
 * residents, coordinators and moderators of another space, another municipality), bad input (over-long texts,
 * forged areas, a switched-off action, a component that does not allow residents' debates, deleting a debate with
 * comments), pre-moderation, the rate limit, and who sees pending and hidden debates — with the one visibility rule
 * held against the permission function for every actor and state.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { signInAs } from '@/tests/setup/signed-in-as';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { adjustCommentStats } from '@/lib/comments/stats';
import { actorFor, createTestUser, uniqueSuffix } from '@/tests/factories/organization-admin';
import { actorWithSpaceRole, auditRows, componentFixture, createTestSpace, refusal } from '@/tests/factories/components';
import { countQueries } from '@/tests/setup/query-count';

vi.mock('@/lib/auth/current-actor', () => import('@/tests/setup/signed-in-as'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const actions = await import('./actions');
const mutations = await import('./mutations');
const { createOfficialDebate, updateDebate, closeDebate, reopenDebate, deleteDebate, createResidentDebate, updateOwnDebate } = mutations;
const { findListedDebates, getDebateForPage, findDebatesForAdmin, getOwnDebate } = await import('./queries');
const { debatesDefinition } = await import('./definition');
const { canSeeDebateContent } = await import('./permissions');
const { visibleDebatesWhere } = await import('./visibility');
const { isResourceVisible } = await import('@/lib/core/resources/visible-resources');
const { getComponentForAdmin } = await import('@/lib/components/queries');
const { follow } = await import('@/lib/follows/mutations');
const { listFollows } = await import('@/lib/follows/queries');
const { permissionSubject } = await import('@/lib/components/context');

let f: Awaited<ReturnType<typeof componentFixture>>;
let componentId: string;
let premoderatedId: string;
let officialsOnlyId: string;
let areaId: string;
let orgAreaNotInSpace: string;
let foreignAreaId: string;
let resident: Actor;
let otherResident: Actor;
let moderator: Actor;
let coordinatorElsewhere: Actor;
let moderatorElsewhere: Actor;
let activePhaseId: string;
let laterPhaseId: string;

const official = (title: string, extra: Record<string, unknown> = {}) => ({
  title: { fi: title, sv: `${title} (sv)`, en: '' },
  description: { fi: `## Taustaa\n\nKeskustellaan aiheesta ${title}.`, sv: '', en: '' },
  areaIds: [areaId],
  ...extra,
});
const residents = (title: string, extra: Record<string, unknown> = {}) => ({ title, description: `Kuvaus: ${title}\nToinen rivi.`, areaIds: [], ...extra });

async function debatesComponent(settings: Record<string, unknown>, actions: Record<string, boolean> = { comment: true, create_debate: true }) {
  return (
    await db.component.create({
      data: {
        spaceId: f.space.id,
        kind: 'debates',
        name: { fi: 'Keskustelu' },
        isPublished: true,
        settings: { allowResidentDebates: true, ...settings },
        actionSettings: { always: {}, phases: { [activePhaseId]: actions } },
      },
      select: { id: true },
    })
  ).id;
}

/** A resident of their own: each may start five debates an hour (the rate limit), so tests do not share one. */
async function freshResident(label: string): Promise<Actor> {
  return actorFor((await createTestUser(f.org.id, { label })).id);
}

async function addComment(debateId: string, authorId: string, state: 'VISIBLE' | 'PENDING' = 'VISIBLE') {
  await db.comment.create({
    data: { organizationId: f.org.id, componentId, resourceType: 'debate', resourceId: debateId, authorId, body: 'Hyvä aihe!', locale: 'fi', moderationState: state },
  });
  if (state === 'VISIBLE') await db.$transaction((tx) => adjustCommentStats(tx, { type: 'debate', id: debateId }, 1));
}

beforeAll(async () => {
  f = await componentFixture();
  [activePhaseId, laterPhaseId] = f.space.phases.map((p) => p.id) as [string, string];
  areaId = (await db.area.create({ data: { organizationId: f.org.id, slug: `neulamaki-${uniqueSuffix()}`, kind: 'NEIGHBOURHOOD', name: { fi: 'Neulamäki' } } })).id;
  orgAreaNotInSpace = (await db.area.create({ data: { organizationId: f.org.id, slug: `petonen-${uniqueSuffix()}`, kind: 'NEIGHBOURHOOD', name: { fi: 'Petonen' } } })).id;
  await db.spaceArea.create({ data: { spaceId: f.space.id, areaId } });
  const otherOrg = await db.organization.create({ data: { slug: `vieras-${uniqueSuffix()}`, name: { fi: 'Vieras kunta' } } });
  foreignAreaId = (await db.area.create({ data: { organizationId: otherOrg.id, slug: 'vieras', kind: 'NEIGHBOURHOOD', name: { fi: 'Vieras' } } })).id;
  componentId = await debatesComponent({});
  premoderatedId = await debatesComponent({ preModeration: true });
  officialsOnlyId = await debatesComponent({ allowResidentDebates: false });
  resident = await actorFor((await createTestUser(f.org.id, { label: 'resident' })).id);
  otherResident = await actorFor((await createTestUser(f.org.id, { label: 'resident2' })).id);
  moderator = await actorWithSpaceRole(f.org.id, f.space.id, 'MODERATOR', 'moderator');
  coordinatorElsewhere = await actorWithSpaceRole(f.org.id, f.otherSpace.id, 'COORDINATOR', 'coord-elsewhere');
  moderatorElsewhere = await actorWithSpaceRole(f.org.id, f.otherSpace.id, 'MODERATOR', 'mod-elsewhere');
});

describe("officials' mutations", () => {
  it('opens an official debate with its areas, author and an audit record tied to the space', async () => {
    const { id } = await createOfficialDebate(f.coordinator, componentId, official('Keskuspuisto'));
    const stored = await db.debate.findUniqueOrThrow({ where: { id }, include: { areas: true } });
    expect(stored).toMatchObject({ authorId: f.coordinator.userId, isOfficial: true, moderationState: 'VISIBLE', closedAt: null, title: { fi: 'Keskuspuisto', sv: 'Keskuspuisto (sv)' } });
    expect(stored.areas.map((a) => a.areaId)).toEqual([areaId]);
    expect((await auditRows(id))[0]).toMatchObject({ action: 'debate.create', actorId: f.coordinator.userId, spaceId: f.space.id });
  });

  it('edits a debate with before and after in the audit record', async () => {
    const { id } = await createOfficialDebate(f.admin, componentId, official('Alkuperäinen'));
    await updateDebate(f.coordinator, componentId, id, official('Korjattu', { areaIds: [] }));
    const updated = await db.debate.findUniqueOrThrow({ where: { id }, include: { areas: true } });
    expect(updated).toMatchObject({ title: { fi: 'Korjattu' }, areas: [] });
    expect((await auditRows(id)).find((a) => a.action === 'debate.update')).toMatchObject({ before: { title: { fi: 'Alkuperäinen' }, areaIds: [areaId] }, after: { title: { fi: 'Korjattu' }, areaIds: [] } });
  });

  it('closes with a conclusion and reopens, audited; refuses closing twice and reopening an open one', async () => {
    const { id } = await createOfficialDebate(f.coordinator, componentId, official('Suljettava'));
    await closeDebate(f.coordinator, componentId, id, { conclusion: { fi: 'Päätettiin kokeilla.', sv: 'Vi provar.', en: '' } });
    const closed = await db.debate.findUniqueOrThrow({ where: { id } });
    expect(closed.closedAt).not.toBeNull();
    expect(closed).toMatchObject({ closedById: f.coordinator.userId, conclusion: { fi: 'Päätettiin kokeilla.', sv: 'Vi provar.' } });
    expect(await refusal(closeDebate(f.coordinator, componentId, id, { conclusion: { fi: 'Uudelleen' } }))).toEqual({ code: 'CONFLICT', fieldErrors: { _form: ['debateAlreadyClosed'] } });
    await reopenDebate(f.admin, componentId, id);
    expect(await db.debate.findUniqueOrThrow({ where: { id } })).toMatchObject({ closedAt: null, closedById: null, conclusion: null });
    expect(await refusal(reopenDebate(f.admin, componentId, id))).toEqual({ code: 'CONFLICT', fieldErrors: { _form: ['debateNotClosed'] } });
    const audit = await auditRows(id);
    expect(audit.map((a) => a.action)).toEqual(['debate.create', 'debate.close', 'debate.reopen']);
    expect(audit[2]).toMatchObject({ before: { conclusion: { fi: 'Päätettiin kokeilla.' } }, after: { closedAt: null } });
  });

  it('refuses a conclusion without Finnish and an over-long one', async () => {
    const { id } = await createOfficialDebate(f.coordinator, componentId, official('Yhteenveto puuttuu'));
    expect(await refusal(closeDebate(f.coordinator, componentId, id, { conclusion: { fi: '', sv: 'Bara svenska' } }))).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { 'conclusion.fi': ['required'] } });
    expect((await refusal(closeDebate(f.coordinator, componentId, id, { conclusion: { fi: 'x'.repeat(5001) } }))).code).toBe('INVALID_INPUT');
    expect((await db.debate.findUniqueOrThrow({ where: { id } })).closedAt).toBeNull();
  });

  it('deletes a debate without comments (its follows and moderation case with it), and refuses one with comments', async () => {
    const { id } = await createOfficialDebate(f.coordinator, componentId, official('Poistettava'));
    await db.follow.create({ data: { userId: resident.userId, targetType: 'debate', targetId: id } });
    await deleteDebate(f.coordinator, componentId, id);
    expect(await db.debate.findUnique({ where: { id } })).toBeNull();
    expect(await db.follow.count({ where: { targetType: 'debate', targetId: id } })).toBe(0);
    expect((await auditRows(id)).map((a) => a.action)).toEqual(['debate.create', 'debate.delete']);

    const commented = await createOfficialDebate(f.coordinator, componentId, official('Kommentoitu'));
    // Even a comment nobody sees yet (waiting for approval) was written: it keeps the debate.
    await addComment(commented.id, resident.userId, 'PENDING');
    expect(await refusal(deleteDebate(f.admin, componentId, commented.id))).toEqual({ code: 'CONFLICT', fieldErrors: { _form: ['debateHasComments'] } });
    expect(await db.debate.count({ where: { id: commented.id } })).toBe(1);
  });

  it('refuses areas that are not the space\u2019s own (another area of the organization, a foreign or forged id), storing nothing', async () => {
    const before = await db.debate.count({ where: { componentId } });
    for (const ids of [[orgAreaNotInSpace], [foreignAreaId], [areaId, 'keksitty-alue']]) {
      expect(await refusal(createOfficialDebate(f.admin, componentId, official('Väärä alue', { areaIds: ids })))).toEqual({
        code: 'INVALID_INPUT',
        fieldErrors: { areaIds: ['debateUnknownArea'] },
      });
    }
    expect(await db.debate.count({ where: { componentId } })).toBe(before);
  });

  it('refuses over-long texts with field errors', async () => {
    const result = await refusal(createOfficialDebate(f.admin, componentId, official('x'.repeat(201))));
    expect(result).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { 'title.fi': ['tooLong|{"max":200}'] } });
  });

  it('refuses those who may not manage the component, storing and changing nothing', async () => {
    const target = await createOfficialDebate(f.coordinator, componentId, official('Kohde'));
    const before = await db.debate.count();
    for (const who of [resident, coordinatorElsewhere, moderator, moderatorElsewhere, f.evaluator]) {
      expect((await refusal(createOfficialDebate(who, componentId, official('Väärä')))).code).toBe('FORBIDDEN');
      expect((await refusal(updateDebate(who, componentId, target.id, official('Väärä')))).code).toBe('FORBIDDEN');
      expect((await refusal(closeDebate(who, componentId, target.id, { conclusion: { fi: 'Ei' } }))).code).toBe('FORBIDDEN');
      expect((await refusal(deleteDebate(who, componentId, target.id))).code).toBe('FORBIDDEN');
    }
    expect((await refusal(createOfficialDebate(f.outsider, componentId, official('Ulkopuolinen')))).code).toBe('NOT_FOUND');
    expect((await refusal(deleteDebate(f.outsider, componentId, target.id))).code).toBe('NOT_FOUND');
    expect(await db.debate.count()).toBe(before);
    expect(await db.debate.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ title: { fi: 'Kohde' }, closedAt: null });
  });

  it('finds no debate of another component under this one', async () => {
    const elsewhere = await createOfficialDebate(f.coordinator, premoderatedId, official('Toisessa osassa'));
    expect((await refusal(closeDebate(f.coordinator, componentId, elsewhere.id, { conclusion: { fi: 'Ei' } }))).code).toBe('NOT_FOUND');
  });
});

describe('server actions', () => {
  it("refuse officials' actions to anonymous visitors, residents, and coordinators and moderators of another space", async () => {
    const target = await createOfficialDebate(f.coordinator, componentId, official('Toimintojen kohde'));
    await closeDebate(f.coordinator, componentId, target.id, { conclusion: { fi: 'Suljettu' } });
    const open = await createOfficialDebate(f.coordinator, componentId, official('Avoin kohde'));
    const snapshot = async () => [await db.debate.count(), await db.auditLog.count({ where: { spaceId: f.space.id } })];
    const before = await snapshot();
    for (const [who, code] of [[null, 'UNAUTHENTICATED'], [resident, 'FORBIDDEN'], [coordinatorElsewhere, 'FORBIDDEN'], [moderatorElsewhere, 'FORBIDDEN'], [moderator, 'FORBIDDEN']] as const) {
      signInAs(who);
      const results = [
        await actions.createDebateAction(componentId, official('Väärä')),
        await actions.updateDebateAction(componentId, open.id, official('Väärä')),
        await actions.closeDebateAction(componentId, open.id, { conclusion: { fi: 'Ei' } }),
        await actions.reopenDebateAction(componentId, target.id),
        await actions.deleteDebateAction(componentId, open.id),
      ];
      for (const r of results) expect(r).toMatchObject({ ok: false, error: code });
    }
    signInAs(f.outsider);
    expect(await actions.createDebateAction(componentId, official('Vieras'))).toMatchObject({ ok: false, error: 'NOT_FOUND' });
    expect(await snapshot()).toEqual(before);
  });

  it('run for the coordinator: create, update, close, reopen, delete', async () => {
    signInAs(f.coordinator);
    const created = await actions.createDebateAction(componentId, official('Toiminnoilla'));
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: { id: string } }).data.id;
    expect(await actions.updateDebateAction(componentId, id, official('Toiminnoilla muokattu'))).toMatchObject({ ok: true });
    expect(await actions.closeDebateAction(componentId, id, { conclusion: { fi: 'Yhteenveto' } })).toMatchObject({ ok: true });
    expect(await actions.reopenDebateAction(componentId, id)).toMatchObject({ ok: true });
    expect(await actions.deleteDebateAction(componentId, id)).toMatchObject({ ok: true });
    expect(await actions.deleteDebateAction(componentId, 'x'.repeat(65))).toMatchObject({ ok: false, error: 'INVALID_INPUT' });
  });

  it('refuse deleting a debate with comments with the reason for the form', async () => {
    const { id } = await createOfficialDebate(f.coordinator, componentId, official('Kommentteja on'));
    await addComment(id, resident.userId);
    signInAs(f.coordinator);
    expect(await actions.deleteDebateAction(componentId, id)).toEqual({ ok: false, error: 'CONFLICT', fieldErrors: { _form: ['debateHasComments'] } });
  });
});

describe("residents' debates", () => {
  it('a resident starts a public debate in their language; they follow it; the form action works the same', async () => {
    const { id, pending } = await createResidentDebate(resident, componentId, residents('Kävelytie on pimeä', { areaIds: [areaId] }));
    expect(pending).toBe(false);
    const stored = await db.debate.findUniqueOrThrow({ where: { id }, include: { areas: true } });
    expect(stored).toMatchObject({ authorId: resident.userId, isOfficial: false, moderationState: 'VISIBLE', title: { fi: 'Kävelytie on pimeä' }, description: { fi: 'Kuvaus: Kävelytie on pimeä\nToinen rivi.' } });
    expect(stored.areas.map((a) => a.areaId)).toEqual([areaId]);
    expect(await db.follow.findFirst({ where: { userId: resident.userId, targetType: 'debate', targetId: id } })).toMatchObject({ automatic: true });
    signInAs(otherResident);
    expect(await actions.createResidentDebateAction(componentId, residents('Toinen asukas aloittaa'))).toMatchObject({ ok: true, data: { pending: false } });
    signInAs(null);
    expect(await actions.createResidentDebateAction(componentId, residents('Anonyymi'))).toMatchObject({ ok: false, error: 'UNAUTHENTICATED' });
  });

  it('stores a Swedish-speaking resident\u2019s debate in Swedish', async () => {
    const swede = { ...(await actorFor((await createTestUser(f.org.id, { label: 'svensk' })).id)), locale: 'sv' as const };
    const { id } = await createResidentDebate(swede, componentId, residents('Belysning saknas'));
    expect((await db.debate.findUniqueOrThrow({ where: { id } })).title).toEqual({ sv: 'Belysning saknas' });
  });

  it('refuses bad input: over-long, too short, forged or foreign areas, storing nothing', async () => {
    const before = await db.debate.count({ where: { componentId } });
    expect(await refusal(createResidentDebate(otherResident, componentId, residents('x'.repeat(151))))).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { title: ['tooLong|{"max":150}'] } });
    expect(await refusal(createResidentDebate(otherResident, componentId, residents('Hei')))).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { title: ['tooShort|{"min":5}'] } });
    expect(await refusal(createResidentDebate(otherResident, componentId, residents('Pitkä kuvaus', { description: 'y'.repeat(5001) })))).toMatchObject({ code: 'INVALID_INPUT' });
    for (const ids of [[orgAreaNotInSpace], [foreignAreaId], ['keksitty']]) {
      expect(await refusal(createResidentDebate(otherResident, componentId, residents('Väärä alue', { areaIds: ids })))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { areaIds: ['debateUnknownArea'] } });
    }
    expect(await db.debate.count({ where: { componentId } })).toBe(before);
  });

  it('refuses when the component does not allow residents\u2019 debates, or the action is switched off or opens only later', async () => {
    expect(await refusal(createResidentDebate(resident, officialsOnlyId, residents('Ei sallittu')))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['debateCreationClosed'] } });
    const switchedOff = await debatesComponent({}, { comment: true });
    expect((await refusal(createResidentDebate(resident, switchedOff, residents('Kytketty pois')))).code).toBe('FORBIDDEN');
    const later = await db.component.create({
      data: { spaceId: f.space.id, kind: 'debates', name: { fi: 'Myöhemmin' }, isPublished: true, settings: { allowResidentDebates: true }, actionSettings: { always: {}, phases: { [laterPhaseId]: { create_debate: true } } } },
      select: { id: true },
    });
    expect((await refusal(createResidentDebate(resident, later.id, residents('Liian aikaisin')))).code).toBe('FORBIDDEN');
    signInAs(resident);
    expect(await actions.createResidentDebateAction(switchedOff, residents('Kytketty pois'))).toEqual({ ok: false, error: 'FORBIDDEN', fieldErrors: { _form: ['debateCreationClosed'] } });
    expect(await db.debate.count({ where: { componentId: { in: [officialsOnlyId, switchedOff, later.id] } } })).toBe(0);
  });

  it('is not found in an archived, an unpublished (for a resident) or a foreign component, or one of another kind', async () => {
    const archived = await debatesComponent({});
    await db.component.update({ where: { id: archived }, data: { archivedAt: new Date() } });
    const unpublished = await debatesComponent({});
    await db.component.update({ where: { id: unpublished }, data: { isPublished: false } });
    const pages = await db.component.create({ data: { spaceId: f.space.id, kind: 'pages', name: { fi: 'Sivut' }, isPublished: true }, select: { id: true } });
    for (const id of [archived, unpublished, pages.id]) expect((await refusal(createResidentDebate(resident, id, residents('Ei löydy')))).code).toBe('NOT_FOUND');
    expect((await refusal(createResidentDebate(f.outsider, componentId, residents('Vieras kunta')))).code).toBe('NOT_FOUND');
  });

  it('is not found in a private space for someone who is not a member', async () => {
    const space = await createTestSpace(f.org.id, { isPrivate: true, phases: 1, activePhase: 0 });
    const id = (
      await db.component.create({
        data: { spaceId: space.id, kind: 'debates', name: { fi: 'Yksityinen' }, isPublished: true, settings: { allowResidentDebates: true }, actionSettings: { always: {}, phases: { [space.phases[0]!.id]: { create_debate: true } } } },
        select: { id: true },
      })
    ).id;
    expect((await refusal(createResidentDebate(resident, id, residents('Ulkopuolinen')))).code).toBe('NOT_FOUND');
  });

  it('limits residents to five new debates an hour, with a message saying so', async () => {
    const busy = await actorFor((await createTestUser(f.org.id, { label: 'busy' })).id);
    for (let i = 0; i < 5; i++) await createResidentDebate(busy, componentId, residents(`Aihe numero ${i}`));
    expect(await refusal(createResidentDebate(busy, componentId, residents('Kuudes aihe')))).toEqual({ code: 'RATE_LIMITED', fieldErrors: { _form: ['debateRateLimited|{"max":5}'] } });
    expect(await db.debate.count({ where: { authorId: busy.userId } })).toBe(5);
  });

  it('under pre-moderation a resident\u2019s debate waits with a moderation case; an official\u2019s from the same form does not', async () => {
    const { id, pending } = await createResidentDebate(resident, premoderatedId, residents('Odottaa hyväksyntää'));
    expect(pending).toBe(true);
    expect((await db.debate.findUniqueOrThrow({ where: { id } })).moderationState).toBe('PENDING');
    expect(await db.moderation.findUnique({ where: { targetType_targetId: { targetType: 'debate', targetId: id } } })).toMatchObject({
      organizationId: f.org.id, spaceId: f.space.id, componentId: premoderatedId, state: 'OPEN', awaitingApproval: true, authorId: resident.userId,
    });
    const byCoordinator = await createResidentDebate(f.coordinator, premoderatedId, residents('Koordinaattori kirjoittaa'));
    expect(byCoordinator.pending).toBe(false);
    expect(await db.moderation.count({ where: { targetType: 'debate', targetId: byCoordinator.id } })).toBe(0);
  });

  it('a moderator approves a pending debate into the lists; flags hide a public one until a moderator restores it', async () => {
    const { decideModeration } = await import('@/lib/moderation/decide');
    const { flagContent } = await import('@/lib/moderation/flag');
    const { id } = await createResidentDebate(resident, premoderatedId, residents('Hyväksyttävä aihe'));
    const caseId = (await db.moderation.findUniqueOrThrow({ where: { targetType_targetId: { targetType: 'debate', targetId: id } } })).id;
    expect((await refusal(decideModeration(moderatorElsewhere, { moderationId: caseId, decision: 'approve', reason: 'noViolation' }))).code).toBe('FORBIDDEN');
    expect((await refusal(decideModeration(coordinatorElsewhere, { moderationId: caseId, decision: 'approve', reason: 'noViolation' }))).code).toBe('FORBIDDEN');
    await decideModeration(moderator, { moderationId: caseId, decision: 'approve', reason: 'noViolation' });
    expect((await db.debate.findUniqueOrThrow({ where: { id } })).moderationState).toBe('VISIBLE');
    expect(await isResourceVisible(null, f.org.id, { type: 'debate', id })).toBe(true);
    // Three residents flag it: hidden from everyone but the moderators, comments closed, until restored.
    for (const label of ['a', 'b', 'c']) await flagContent(await actorFor((await createTestUser(f.org.id, { label: `flag-${label}` })).id), { targetType: 'debate', targetId: id, reason: 'OFF_TOPIC' });
    expect((await db.debate.findUniqueOrThrow({ where: { id } })).moderationState).toBe('HIDDEN');
    expect(await isResourceVisible(null, f.org.id, { type: 'debate', id })).toBe(false);
    await decideModeration(f.admin, { moderationId: caseId, decision: 'restore', reason: 'noViolation' });
    expect((await db.debate.findUniqueOrThrow({ where: { id } })).moderationState).toBe('VISIBLE');
    expect((await auditRows(caseId)).map((r) => r.action)).toEqual(['moderation.approve', 'moderation.auto_hide', 'moderation.restore']);
  });

  it('the author edits their own debate, in its language, until someone comments; nobody else may', async () => {
    const { id } = await createResidentDebate(resident, componentId, residents('Korjattava aihe'));
    await updateOwnDebate(resident, componentId, id, residents('Korjattu aihe', { areaIds: [areaId] }));
    expect(await db.debate.findUniqueOrThrow({ where: { id }, include: { areas: true } })).toMatchObject({ title: { fi: 'Korjattu aihe' }, areas: [{ areaId }] });
    expect((await refusal(updateOwnDebate(otherResident, componentId, id, residents('Kaapattu')))).code).toBe('NOT_FOUND');
    expect((await refusal(updateOwnDebate(f.outsider, componentId, id, residents('Vieras')))).code).toBe('NOT_FOUND');
    signInAs(resident);
    expect(await actions.ownDebateStateAction(componentId, id)).toEqual({ ok: true, data: { canEdit: true } });
    signInAs(otherResident);
    expect(await actions.ownDebateStateAction(componentId, id)).toEqual({ ok: true, data: { canEdit: false } });
    await addComment(id, otherResident.userId);
    expect(await refusal(updateOwnDebate(resident, componentId, id, residents('Myöhästynyt korjaus')))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['debateEditHasComments'] } });
    signInAs(resident);
    expect(await actions.ownDebateStateAction(componentId, id)).toEqual({ ok: true, data: { canEdit: false } });
    expect(await actions.updateOwnDebateAction(componentId, id, residents('Myöhästynyt korjaus'))).toMatchObject({ ok: false, error: 'FORBIDDEN' });
    expect((await db.debate.findUniqueOrThrow({ where: { id } })).title).toEqual({ fi: 'Korjattu aihe' });
  });

  it('the author may not edit a closed debate', async () => {
    const { id } = await createResidentDebate(otherResident, componentId, residents('Suljettu aihe'));
    await closeDebate(f.coordinator, componentId, id, { conclusion: { fi: 'Käsitelty.' } });
    expect(await refusal(updateOwnDebate(otherResident, componentId, id, residents('Vielä muokkaus')))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['debateNotEditable'] } });
  });
});

describe('who sees what', () => {
  it('a pending debate: its author and the space\u2019s moderators, never the lists', async () => {
    const { id } = await createResidentDebate(resident, premoderatedId, residents('Näkyykö odottava'));
    const page = (who: Actor | null) => getDebateForPage(who, f.org.id, premoderatedId, id);
    expect(await page(resident)).toMatchObject({ state: 'visible', debate: { id, moderationState: 'PENDING' } });
    for (const who of [moderator, f.coordinator, f.admin]) expect((await page(who))?.state).toBe('visible');
    for (const who of [null, otherResident, moderatorElsewhere, coordinatorElsewhere, f.evaluator, f.outsider]) expect(await page(who)).toBeNull();
    for (const who of [resident, moderator, null]) {
      const { debates } = await findListedDebates(who, f.org.id, premoderatedId, { page: 1, perPage: 50 });
      expect(debates.map((d) => d.id)).not.toContain(id);
    }
    expect(await isResourceVisible(resident, f.org.id, { type: 'debate', id })).toBe(true);
    expect(await isResourceVisible(otherResident, f.org.id, { type: 'debate', id })).toBe(false);
    expect((await findDebatesForAdmin(premoderatedId)).find((d) => d.id === id)).toMatchObject({ moderationState: 'PENDING' });
  });

  it('a hidden debate: a placeholder for readers, its content for moderators, out of lists', async () => {
    const { id } = await createResidentDebate(otherResident, componentId, residents('Asiaton aihe'));
    await db.debate.update({ where: { id }, data: { moderationState: 'HIDDEN' } });
    expect(await getDebateForPage(null, f.org.id, componentId, id)).toEqual({ state: 'hidden' });
    expect(await getDebateForPage(otherResident, f.org.id, componentId, id)).toEqual({ state: 'hidden' });
    expect((await getDebateForPage(moderator, f.org.id, componentId, id))?.state).toBe('visible');
    // Someone of another municipality reads this one as any visitor does.
    expect(await getDebateForPage(f.outsider, f.org.id, componentId, id)).toEqual({ state: 'hidden' });
    const { debates } = await findListedDebates(null, f.org.id, componentId, { page: 1, perPage: 50 });
    expect(debates.map((d) => d.id)).not.toContain(id);
    expect(await isResourceVisible(null, f.org.id, { type: 'debate', id })).toBe(false);
  });

  it('comments (lib/comments) are taken on an open debate and refused once it is closed', async () => {
    const { postComment } = await import('@/lib/comments/mutations');
    const { id } = await createOfficialDebate(f.coordinator, componentId, official('Kommentoidaan'));
    const commenter = await freshResident('commenter');
    expect(await postComment(commenter, { resourceType: 'debate', resourceId: id, body: 'Hyvä aloite!' })).toMatchObject({ pending: false });
    expect((await findListedDebates(null, f.org.id, componentId, { page: 1, perPage: 100 })).debates.find((d) => d.id === id)?.commentCount).toBe(1);
    await closeDebate(f.coordinator, componentId, id, { conclusion: { fi: 'Kiitos kommenteista.' } });
    expect(await refusal(postComment(commenter, { resourceType: 'debate', resourceId: id, body: 'Vielä yksi' }))).toMatchObject({ code: 'FORBIDDEN', fieldErrors: { _form: ['commentsClosed'] } });
    // And now it cannot be deleted: close is how a commented debate ends.
    expect((await refusal(deleteDebate(f.coordinator, componentId, id))).code).toBe('CONFLICT');
  });

  it('takes comments only while a debate is open and public', async () => {
    const load = debatesDefinition.resources.debate!.comments!.load;
    const { id } = await createOfficialDebate(f.coordinator, componentId, official('Kommentoitava'));
    expect(await load(db, id)).toMatchObject({ componentId, spaceId: f.space.id, closedForComments: false, authorId: f.coordinator.userId, title: { fi: 'Kommentoitava' } });
    expect((await load(db, id))!.path).toMatch(new RegExp(`/c/${componentId}/${id}$`));
    await closeDebate(f.coordinator, componentId, id, { conclusion: { fi: 'Valmis' } });
    expect((await load(db, id))!.closedForComments).toBe(true);
    const pending = await createResidentDebate(await freshResident('waiting'), premoderatedId, residents('Odottava kommentoitava'));
    expect((await load(db, pending.id))!.closedForComments).toBe(true);
    expect(await load(db, 'eiolemassa')).toBeNull();
  });

  it('lists public debates newest first, by state and area, with comment counts, in the same few queries for 2 or 12', async () => {
    const list = await debatesComponent({});
    const make = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const { id } = await createOfficialDebate(f.coordinator, list, official(`Listalla ${i}`, { areaIds: i % 2 ? [areaId] : [] }));
        if (i % 3 === 0) await addComment(id, resident.userId);
        if (i === 1) await closeDebate(f.coordinator, list, id, { conclusion: { fi: 'Ok' } });
      }
    };
    await make(2);
    const few = await countQueries(() => findListedDebates(null, f.org.id, list, { page: 1, perPage: 50 }));
    await make(10);
    const many = await countQueries(() => findListedDebates(null, f.org.id, list, { page: 1, perPage: 50 }));
    expect(many).toBe(few);
    const all = await findListedDebates(null, f.org.id, list, { page: 1, perPage: 50 });
    expect(all.total).toBe(12);
    const times = all.debates.map((d) => d.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(all.debates.find((d) => d.title && (d.title as { fi: string }).fi === 'Listalla 0')?.commentCount).toBe(1);
    expect((await findListedDebates(null, f.org.id, list, { page: 1, perPage: 50, state: 'closed' })).total).toBe(2);
    expect((await findListedDebates(null, f.org.id, list, { page: 1, perPage: 50, state: 'open' })).total).toBe(10);
    const area = await db.area.findUniqueOrThrow({ where: { id: areaId }, select: { slug: true } });
    expect((await findListedDebates(null, f.org.id, list, { page: 1, perPage: 50, areaSlug: area.slug })).total).toBe(6);
    const page2 = await findListedDebates(null, f.org.id, list, { page: 2, perPage: 5 });
    expect(page2.debates.map((d) => d.id)).toEqual(all.debates.slice(5, 10).map((d) => d.id));
  });

  it('the visibility rule and the permission function agree for every actor and state', async () => {
    const comp = await debatesComponent({ preModeration: true });
    const author = await freshResident('author');
    const other = await freshResident('other');
    const byState = {
      visible: (await createOfficialDebate(f.coordinator, comp, official('Julkinen'))).id,
      pendingOwn: (await createResidentDebate(author, comp, residents('Oma odottava'))).id,
      pendingOther: (await createResidentDebate(other, comp, residents('Toisen odottava'))).id,
      hidden: (await createResidentDebate(other, comp, residents('Piilotettu'))).id,
    };
    await db.debate.update({ where: { id: byState.hidden }, data: { moderationState: 'HIDDEN' } });
    const found = (await getComponentForAdmin(f.org.id, comp))!;
    const unpublished = await debatesComponent({});
    await db.component.update({ where: { id: unpublished }, data: { isPublished: false } });
    const draftDebate = (await createOfficialDebate(f.coordinator, unpublished, official('Luonnososassa'))).id;
    const foundDraft = (await getComponentForAdmin(f.org.id, unpublished))!;
    const rows = await db.debate.findMany({ where: { id: { in: [...Object.values(byState), draftDebate] } }, select: { id: true, authorId: true, moderationState: true, componentId: true } });
    for (const who of [null, author, other, resident, moderator, f.coordinator, f.admin, f.evaluator, coordinatorElsewhere, moderatorElsewhere, f.outsider]) {
      const seen = new Set((await db.debate.findMany({ where: { AND: [visibleDebatesWhere(who, f.org.id), { id: { in: rows.map((r) => r.id) } }] }, select: { id: true } })).map((d) => d.id));
      for (const row of rows) {
        const subject = permissionSubject(row.componentId === comp ? found : foundDraft);
        expect(seen.has(row.id), `${who?.email ?? 'anonymous'} ${row.moderationState} ${row.componentId === comp ? '' : 'unpublished'}`).toBe(canSeeDebateContent(who, subject, row));
      }
    }
  });
});

describe('the component', () => {
  it('counts its debates, so a component with debates is archived rather than deleted', async () => {
    const comp = await debatesComponent({});
    expect(await debatesDefinition.countResources(db, comp)).toBe(0);
    await createOfficialDebate(f.coordinator, comp, official('Yksi'));
    expect(await debatesDefinition.countResources(db, comp)).toBe(1);
  });

  it('names debates for the follow list, and reads the own debate for its edit form', async () => {
    const writer = await freshResident('writer');
    const { id } = await createResidentDebate(writer, componentId, residents('Seurattava aihe'));
    const [described] = await debatesDefinition.resources.debate!.describe(db, [id]);
    expect(described).toMatchObject({ id, title: { fi: 'Seurattava aihe' } });
    expect(await getOwnDebate(writer, componentId, id)).toMatchObject({ id, commentCount: 0 });
    expect(await getOwnDebate(otherResident, componentId, id)).toBeNull();
    // The author follows it from the start, and their follow list names it with its page.
    expect((await listFollows(writer, 'fi')).find((l) => l.type === 'debate' && l.id === id)).toMatchObject({ title: 'Seurattava aihe', automatic: true });
  });

  it('lets readers follow a public debate, and nobody but its author a pending one', async () => {
    const { id } = await createOfficialDebate(f.coordinator, componentId, official('Seurataan'));
    await follow(otherResident, { type: 'debate', id });
    expect(await db.follow.count({ where: { userId: otherResident.userId, targetType: 'debate', targetId: id } })).toBe(1);
    const pending = await createResidentDebate(await freshResident('follow-author'), premoderatedId, residents('Odottava seurattava'));
    expect((await refusal(follow(otherResident, { type: 'debate', id: pending.id }))).code).toBe('NOT_FOUND');
  });
});
