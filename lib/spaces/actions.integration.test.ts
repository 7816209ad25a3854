/**
 * The server actions as public endpoints: every admin action of a space, called by every actor who must not be
 * able to use it, returns a refusal and leaves the space (and the audit log) exactly as it was. The signed-in
 * actor is replaced by a mock; everything else (schemas, queries, permissions, mutations, database) is real.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { signInAs } from '@/tests/setup/signed-in-as';
import type { Actor } from '@/lib/auth/actor';
import { type ActionResult, parseInput } from '@/lib/core/action-result';
import { decodeMessage } from '@/lib/core/validation-message';
import { db } from '@/lib/db';
import { actorFor, createOtherOrganization, processInput, rawProcessInput, spaceState, suffix } from './integration-fixtures';
import { getSpaceForAdmin } from './admin-queries';
import { addSpaceMember, createPhase, createSpace, grantSpaceRole } from './mutations';
import { PhaseInputSchema } from './schema';

vi.mock('@/lib/auth/current-actor', () => import('@/tests/setup/signed-in-as'));
// Outside a Next.js request there is no cache to revalidate.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const actions = await import('./actions');

type Ids = { spaceId: string; phaseId: string; otherPhaseId: string; roleId: string; memberId: string; rosterMemberId: string };
type ActorName = 'anonymous' | 'resident' | 'coordinatorOfAnotherSpace' | 'evaluator' | 'moderator' | 'member' | 'coordinator' | 'spaceAdmin' | 'orgAdmin' | 'otherOrgAdmin';

const s = suffix();
const phaseInput = { title: { fi: 'Väärän käyttäjän vaihe', sv: '', en: '' }, description: { fi: '' }, startDate: '', endDate: '' };
const memberInput = { fullName: 'Väärä Jäsen', position: 'MEMBER', positionNote: { fi: '' }, userEmail: '', startDate: '', endDate: '' };

/** Every admin action of a space, with valid input, and who may call it (everyone else must be refused). */
const table: { name: string; allowed: ActorName[]; call: (ids: Ids) => Promise<ActionResult<unknown>> }[] = [
  { name: 'updateSpaceAction', allowed: ['orgAdmin', 'spaceAdmin', 'coordinator'], call: (ids) => actions.updateSpaceAction(ids.spaceId, rawProcessInput({ slug: `vaara-${s}`, title: { fi: 'Väärin muutettu' } })) },
  { name: 'setSpaceAreasAction', allowed: ['orgAdmin', 'spaceAdmin', 'coordinator'], call: (ids) => actions.setSpaceAreasAction(ids.spaceId, { areaIds: [] }) },
  { name: 'publishSpaceAction', allowed: ['orgAdmin', 'spaceAdmin'], call: (ids) => actions.publishSpaceAction(ids.spaceId) },
  { name: 'unpublishSpaceAction', allowed: ['orgAdmin', 'spaceAdmin'], call: (ids) => actions.unpublishSpaceAction(ids.spaceId) },
  { name: 'setSpacePrivacyAction', allowed: ['orgAdmin', 'spaceAdmin'], call: (ids) => actions.setSpacePrivacyAction(ids.spaceId, { isPrivate: true }) },
  { name: 'deleteSpaceAction', allowed: ['orgAdmin'], call: (ids) => actions.deleteSpaceAction(ids.spaceId) },
  { name: 'createPhaseAction', allowed: ['orgAdmin', 'spaceAdmin', 'coordinator'], call: (ids) => actions.createPhaseAction(ids.spaceId, phaseInput) },
  { name: 'updatePhaseAction', allowed: ['orgAdmin', 'spaceAdmin', 'coordinator'], call: (ids) => actions.updatePhaseAction(ids.spaceId, ids.phaseId, phaseInput) },
  { name: 'deletePhaseAction', allowed: ['orgAdmin', 'spaceAdmin', 'coordinator'], call: (ids) => actions.deletePhaseAction(ids.spaceId, ids.phaseId) },
  { name: 'movePhaseAction', allowed: ['orgAdmin', 'spaceAdmin', 'coordinator'], call: (ids) => actions.movePhaseAction(ids.spaceId, ids.otherPhaseId, 'up') },
  { name: 'activatePhaseAction', allowed: ['orgAdmin', 'spaceAdmin', 'coordinator'], call: (ids) => actions.activatePhaseAction(ids.spaceId, ids.otherPhaseId) },
  { name: 'deactivatePhaseAction', allowed: ['orgAdmin', 'spaceAdmin', 'coordinator'], call: (ids) => actions.deactivatePhaseAction(ids.spaceId, ids.phaseId) },
  { name: 'grantSpaceRoleAction', allowed: ['orgAdmin', 'spaceAdmin'], call: (ids) => actions.grantSpaceRoleAction(ids.spaceId, { email: 'resident@kuopio.example', role: 'ADMIN' }) },
  { name: 'revokeSpaceRoleAction', allowed: ['orgAdmin', 'spaceAdmin'], call: (ids) => actions.revokeSpaceRoleAction(ids.spaceId, ids.roleId) },
  // Members without an account are the public roster, which coordinators keep …
  { name: 'addSpaceMemberAction', allowed: ['orgAdmin', 'spaceAdmin', 'coordinator'], call: (ids) => actions.addSpaceMemberAction(ids.spaceId, memberInput) },
  { name: 'updateSpaceMemberAction (roster)', allowed: ['orgAdmin', 'spaceAdmin', 'coordinator'], call: (ids) => actions.updateSpaceMemberAction(ids.spaceId, ids.rosterMemberId, memberInput) },
  { name: 'removeSpaceMemberAction (roster)', allowed: ['orgAdmin', 'spaceAdmin', 'coordinator'], call: (ids) => actions.removeSpaceMemberAction(ids.spaceId, ids.rosterMemberId) },
  // … but a member with an account may open the space while it is private: only its admins grant that.
  { name: 'addSpaceMemberAction (with an account)', allowed: ['orgAdmin', 'spaceAdmin'], call: (ids) => actions.addSpaceMemberAction(ids.spaceId, { ...memberInput, userEmail: 'resident@kuopio.example' }) },
  { name: 'updateSpaceMemberAction (linking an account)', allowed: ['orgAdmin', 'spaceAdmin'], call: (ids) => actions.updateSpaceMemberAction(ids.spaceId, ids.rosterMemberId, { ...memberInput, userEmail: 'resident@kuopio.example' }) },
  { name: 'updateSpaceMemberAction (with an account)', allowed: ['orgAdmin', 'spaceAdmin'], call: (ids) => actions.updateSpaceMemberAction(ids.spaceId, ids.memberId, memberInput) },
  { name: 'removeSpaceMemberAction (with an account)', allowed: ['orgAdmin', 'spaceAdmin'], call: (ids) => actions.removeSpaceMemberAction(ids.spaceId, ids.memberId) },
];

const actors = {} as Record<ActorName, Actor | null>;
let ids: Ids;
let neulamakiId: string;

async function createUser(label: string) {
  const user = await db.user.create({
    data: {
      organizationId: (await actorFor('admin@kuopio.example')).organizationId,
      email: `${label}-${s}@kuopio.example`,
      passwordHash: 'not-used-in-tests',
      displayName: `Testi ${label}`,
      emailVerifiedAt: new Date(),
    },
  });
  return user.email;
}

beforeAll(async () => {
  const admin = await actorFor('admin@kuopio.example');
  const { id: spaceId } = await createSpace(admin, processInput({ slug: `oikeustesti-${s}` }));
  const phase = (title: string) => parseInput(PhaseInputSchema, { ...phaseInput, title: { fi: title } });
  const { id: phaseId } = await createPhase(admin, spaceId, phase('Ensimmäinen'));
  const { id: otherPhaseId } = await createPhase(admin, spaceId, phase('Toinen'));
  await db.phase.update({ where: { id: phaseId }, data: { isActive: true } });

  // Fresh users for the roles in this space, so the seeded demo users keep exactly their documented roles.
  const grants = { spaceAdmin: 'ADMIN', coordinator: 'COORDINATOR', evaluator: 'EVALUATOR', moderator: 'MODERATOR' } as const;
  let roleId = '';
  for (const [name, role] of Object.entries(grants)) {
    const email = await createUser(name.toLowerCase());
    const granted = await grantSpaceRole(admin, spaceId, { email, role });
    if (role === 'EVALUATOR') roleId = granted.id;
  }
  const memberEmail = await createUser('member');
  const { id: memberId } = await addSpaceMember(admin, spaceId, { fullName: 'Testi Jäsen', position: 'CHAIR', userEmail: memberEmail }, { mayLinkAccounts: true });
  const { id: rosterMemberId } = await addSpaceMember(admin, spaceId, { fullName: 'Tiliton Jäsen', position: 'MEMBER' }, { mayLinkAccounts: false });
  ids = { spaceId, phaseId, otherPhaseId, roleId, memberId, rosterMemberId };

  actors.anonymous = null;
  actors.resident = await actorFor('resident@kuopio.example');
  actors.coordinatorOfAnotherSpace = await actorFor('coordinator.petonen@kuopio.example');
  for (const name of Object.keys(grants) as (keyof typeof grants)[]) actors[name] = await actorFor(`${name.toLowerCase()}-${s}@kuopio.example`);
  actors.member = await actorFor(memberEmail);
  actors.orgAdmin = admin;
  actors.otherOrgAdmin = (await createOtherOrganization()).admin;

  neulamakiId = (await db.space.findFirstOrThrow({ where: { organizationId: admin.organizationId, slug: 'lahioohjelma-2026-neulamaki' } })).id;
});

const wrongActorCases = table.flatMap((action) =>
  (Object.keys({
    anonymous: 1, resident: 1, coordinatorOfAnotherSpace: 1, evaluator: 1, moderator: 1, member: 1, coordinator: 1, spaceAdmin: 1, otherOrgAdmin: 1,
  }) as ActorName[])
    .filter((actor) => !action.allowed.includes(actor))
    .map((actor) => ({ action: action.name, actor, call: action.call })),
);

function expectedError(actor: ActorName) {
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  // A space of another organization does not exist for its admin.
  if (actor === 'otherOrgAdmin') return 'NOT_FOUND';
  return 'FORBIDDEN';
}

describe('space admin actions called by the wrong user', () => {
  it.each(wrongActorCases)('$action as $actor is refused and changes nothing', async ({ actor, call }) => {
    signInAs(actors[actor]);
    const before = await spaceState(ids.spaceId);
    const result = await call(ids);
    expect(result).toEqual({ ok: false, error: expectedError(actor) });
    expect(await spaceState(ids.spaceId)).toEqual(before);
  });

  it.each(['resident', 'coordinatorOfAnotherSpace'] as const)('the seeded neulamaki space refuses %s', async (actor) => {
    signInAs(actors[actor]);
    const neulamaki: Ids = { ...ids, spaceId: neulamakiId };
    const before = await spaceState(neulamakiId);
    for (const action of table) {
      expect(await action.call(neulamaki), action.name).toEqual({ ok: false, error: 'FORBIDDEN' });
    }
    expect(await spaceState(neulamakiId)).toEqual(before);
  });
});

describe('email addresses in the space admin screens', () => {
  const emailsSeenBy = async (actor: Actor) => {
    const space = await getSpaceForAdmin(actor, ids.spaceId);
    if (!space) throw new Error('the actor should open the admin screens');
    return {
      roles: space.roles.map((r) => [r.user.displayName, r.user.email]),
      members: space.members.filter((m) => m.user).map((m) => [m.user!.displayName, m.user!.email]),
    };
  };

  it.each(['evaluator', 'moderator', 'coordinator'] as const)('the %s sees role holders and members by name only', async (name) => {
    const seen = await emailsSeenBy(actors[name]!);
    expect(seen.roles).toHaveLength(4);
    expect(seen.roles.every(([displayName, email]) => typeof displayName === 'string' && email === null)).toBe(true);
    expect(seen.members).toEqual([['Testi member', null]]);
  });

  it.each(['spaceAdmin', 'orgAdmin'] as const)('the %s, who manages roles, sees the addresses', async (name) => {
    const seen = await emailsSeenBy(actors[name]!);
    expect(seen.roles.map(([, email]) => email)).toEqual(expect.arrayContaining([`evaluator-${s}@kuopio.example`, `moderator-${s}@kuopio.example`]));
    expect(seen.roles.every(([, email]) => typeof email === 'string' && email.includes('@'))).toBe(true);
    expect(seen.members).toEqual([['Testi member', `member-${s}@kuopio.example`]]);
  });
});

describe('space admin actions called by the right user', () => {
  it('a coordinator may edit the details but a forged isPrivate field is refused', async () => {
    signInAs(actors.coordinator);
    const before = await spaceState(ids.spaceId);
    const details = rawProcessInput({ slug: `oikeustesti-${s}`, title: { fi: 'Koordinaattorin otsikko' } });
    const { isPrivate: _omit, ...withoutPrivate } = details;

    expect(await actions.updateSpaceAction(ids.spaceId, { ...withoutPrivate, isPrivate: true })).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await actions.updateSpaceAction(ids.spaceId, { ...withoutPrivate, isPrivate: false })).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await spaceState(ids.spaceId)).toEqual(before);

    expect(await actions.updateSpaceAction(ids.spaceId, withoutPrivate)).toEqual({ ok: true, data: { id: ids.spaceId } });
    const stored = await db.space.findUniqueOrThrow({ where: { id: ids.spaceId } });
    expect(stored.title).toEqual({ fi: 'Koordinaattorin otsikko' });
    expect(stored.isPrivate).toBe(false);
  });

  it('the space admin may make the space private through the details form or the toggle', async () => {
    signInAs(actors.spaceAdmin);
    const details = rawProcessInput({ slug: `oikeustesti-${s}`, title: { fi: 'Ylläpitäjän otsikko' }, isPrivate: true });
    expect(await actions.updateSpaceAction(ids.spaceId, details)).toMatchObject({ ok: true });
    expect((await db.space.findUniqueOrThrow({ where: { id: ids.spaceId } })).isPrivate).toBe(true);
    expect(await actions.setSpacePrivacyAction(ids.spaceId, { isPrivate: false })).toEqual({ ok: true, data: undefined });
    expect((await db.space.findUniqueOrThrow({ where: { id: ids.spaceId } })).isPrivate).toBe(false);
  });

  it('an org admin publishes; invalid input comes back as field errors with nothing stored', async () => {
    signInAs(actors.orgAdmin);
    expect(await actions.publishSpaceAction(ids.spaceId)).toEqual({ ok: true, data: undefined });
    expect((await db.space.findUniqueOrThrow({ where: { id: ids.spaceId } })).isPublished).toBe(true);

    const title = `Liian pitkä ${s} ${'x'.repeat(150)}`;
    const result = await actions.createSpaceAction(rawProcessInput({ title: { fi: title } }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe('INVALID_INPUT');
      expect(result.fieldErrors?.['title.fi']?.map((m) => decodeMessage(m))).toEqual([{ key: 'tooLong', params: { max: 150 } }]);
    }
    expect(await db.space.count({ where: { title: { path: ['fi'], equals: title } } })).toBe(0);

    const unknown = await actions.grantSpaceRoleAction(ids.spaceId, { email: `ei-ole-${s}@kuopio.example`, role: 'MODERATOR' });
    expect(unknown.ok ? null : [unknown.error, unknown.fieldErrors]).toEqual(['INVALID_INPUT', { email: ['userNotFound'] }]);
  });

  it('a coordinator keeps the roster but cannot grant access: no account linked, no member of another space touched', async () => {
    signInAs(actors.coordinator);
    const before = await spaceState(ids.spaceId);
    const linking = { ...memberInput, fullName: 'Uusi', userEmail: 'resident@kuopio.example' };
    expect(await actions.addSpaceMemberAction(ids.spaceId, linking)).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await actions.updateSpaceMemberAction(ids.spaceId, ids.rosterMemberId, linking)).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await actions.updateSpaceMemberAction(ids.spaceId, ids.memberId, { ...memberInput, endDate: '2099-12-31' })).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await actions.removeSpaceMemberAction(ids.spaceId, ids.memberId)).toEqual({ ok: false, error: 'FORBIDDEN' });
    // A member id of another space is not found here.
    const foreign = await db.spaceMember.create({ data: { spaceId: neulamakiId, fullName: 'Toisen tilan jäsen' } });
    expect(await actions.removeSpaceMemberAction(ids.spaceId, foreign.id)).toEqual({ ok: false, error: 'NOT_FOUND' });
    expect(await spaceState(ids.spaceId)).toEqual(before);
    expect(await db.spaceMember.findUnique({ where: { id: foreign.id } })).not.toBeNull();
    await db.spaceMember.delete({ where: { id: foreign.id } });

    const added = await actions.addSpaceMemberAction(ids.spaceId, { ...memberInput, fullName: 'Kylän edustaja' });
    expect(added.ok).toBe(true);
    expect(await db.spaceMember.count({ where: { spaceId: ids.spaceId, fullName: 'Kylän edustaja', userId: null } })).toBe(1);
  });

  it('the space admin links an account, which then opens the private space to that person', async () => {
    signInAs(actors.spaceAdmin);
    const email = await createUser('linked');
    const added = await actions.addSpaceMemberAction(ids.spaceId, { ...memberInput, fullName: 'Linkitetty', userEmail: email });
    expect(added.ok).toBe(true);
    expect((await actorFor(email)).memberSpaceIds).toContain(ids.spaceId);
  });

  it('a malformed id is invalid input, not a crash', async () => {
    signInAs(actors.orgAdmin);
    expect(await actions.publishSpaceAction({ id: ids.spaceId })).toMatchObject({ ok: false, error: 'INVALID_INPUT' });
    expect(await actions.movePhaseAction(ids.spaceId, ids.phaseId, 'sideways')).toMatchObject({ ok: false, error: 'INVALID_INPUT' });
    expect(await actions.publishSpaceAction('x'.repeat(65))).toMatchObject({ ok: false, error: 'INVALID_INPUT' });
    expect(await actions.publishSpaceAction('no-such-space')).toEqual({ ok: false, error: 'NOT_FOUND' });
  });
});
