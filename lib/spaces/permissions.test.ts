import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import {
  canCreateSpace,
  canDeleteSpace,
  canManageComponents,
  canManageSpaceMember,
  canManageSpaceRoles,
  canPublishSpace,
  canUpdateSpace,
  canViewSpace,
  canViewSpaceAdmin,
  type SpaceAccessRef,
} from './permissions';

/**
 * Decision tables for the space permissions: every actor × every function × every state of the space
 * (published or not, public or private). A row lists what the actor may do; everything else must be denied.
 */

const ORG = 'org-kuopio';
const OTHER_ORG = 'org-siilinjarvi';
const SPACE = 'space-neulamaki';
const OTHER_SPACE = 'space-petonen';

function actor(overrides: Partial<Actor>): Actor {
  return {
    userId: 'user',
    sessionId: 'session',
    organizationId: ORG,
    email: 'user@kuopio.example',
    displayName: 'User',
    locale: 'fi',
    orgRoles: [],
    spaceRoles: [],
    memberSpaceIds: [],
    ...overrides,
  };
}

const actors: Record<string, Actor | null> = {
  anonymous: null,
  resident: actor({ userId: 'resident' }),
  orgAdmin: actor({ userId: 'admin', orgRoles: ['ADMIN'] }),
  orgStaff: actor({ userId: 'staff', orgRoles: ['STAFF'] }),
  spaceAdmin: actor({ userId: 'spaceadmin', spaceRoles: [{ spaceId: SPACE, role: 'ADMIN' }] }),
  coordinator: actor({ userId: 'coordinator', spaceRoles: [{ spaceId: SPACE, role: 'COORDINATOR' }] }),
  evaluator: actor({ userId: 'evaluator', spaceRoles: [{ spaceId: SPACE, role: 'EVALUATOR' }] }),
  moderator: actor({ userId: 'moderator', spaceRoles: [{ spaceId: SPACE, role: 'MODERATOR' }] }),
  otherSpaceCoordinator: actor({ userId: 'petonen', spaceRoles: [{ spaceId: OTHER_SPACE, role: 'COORDINATOR' }] }),
  otherSpaceAdmin: actor({ userId: 'petonen-admin', spaceRoles: [{ spaceId: OTHER_SPACE, role: 'ADMIN' }] }),
  otherOrgAdmin: actor({ userId: 'siilinjarvi-admin', organizationId: OTHER_ORG, orgRoles: ['ADMIN'] }),
  // A session whose role rows name this space id but belong to another organization must not count.
  otherOrgWithRoleRow: actor({ userId: 'forged', organizationId: OTHER_ORG, spaceRoles: [{ spaceId: SPACE, role: 'ADMIN' }], memberSpaceIds: [SPACE] }),
  member: actor({ userId: 'youth', memberSpaceIds: [SPACE] }),
  memberOfOtherSpace: actor({ userId: 'member-elsewhere', memberSpaceIds: [OTHER_SPACE] }),
};
type ActorName = keyof typeof actors;

const states = [
  { name: 'published public', isPublished: true, isPrivate: false },
  { name: 'published private', isPublished: true, isPrivate: true },
  { name: 'unpublished public', isPublished: false, isPrivate: false },
  { name: 'unpublished private', isPublished: false, isPrivate: true },
] as const;
type StateName = (typeof states)[number]['name'];

const ALL_STATES: readonly StateName[] = states.map((s) => s.name);
const spaceStaff: ActorName[] = ['orgAdmin', 'spaceAdmin', 'coordinator', 'evaluator', 'moderator'];

/** Who may do what, per state; actors not listed are denied. */
const spaceTable: Record<string, Partial<Record<ActorName, readonly StateName[]>>> = {
  canViewSpace: {
    ...Object.fromEntries(spaceStaff.map((a) => [a, ALL_STATES])),
    anonymous: ['published public'],
    resident: ['published public'],
    orgStaff: ['published public'],
    otherSpaceCoordinator: ['published public'],
    otherSpaceAdmin: ['published public'],
    otherOrgAdmin: ['published public'],
    otherOrgWithRoleRow: ['published public'],
    member: ['published public', 'published private'],
    memberOfOtherSpace: ['published public'],
  },
  canViewSpaceAdmin: Object.fromEntries(spaceStaff.map((a) => [a, ALL_STATES])),
  canUpdateSpace: { orgAdmin: ALL_STATES, spaceAdmin: ALL_STATES, coordinator: ALL_STATES },
  canManageComponents: { orgAdmin: ALL_STATES, spaceAdmin: ALL_STATES, coordinator: ALL_STATES },
  canPublishSpace: { orgAdmin: ALL_STATES, spaceAdmin: ALL_STATES },
  canManageSpaceRoles: { orgAdmin: ALL_STATES, spaceAdmin: ALL_STATES },
  // Members without an account are the public roster; a member with an account may open a private space.
  canManageMemberWithoutAccount: { orgAdmin: ALL_STATES, spaceAdmin: ALL_STATES, coordinator: ALL_STATES },
  canManageMemberWithAccount: { orgAdmin: ALL_STATES, spaceAdmin: ALL_STATES },
  canDeleteSpace: { orgAdmin: ALL_STATES },
};

const functions: Record<string, (a: Actor | null, s: SpaceAccessRef) => boolean> = {
  canViewSpace,
  canViewSpaceAdmin,
  canUpdateSpace,
  canManageComponents,
  canPublishSpace,
  canManageSpaceRoles,
  canManageMemberWithoutAccount: (a, s) => canManageSpaceMember(a, s, { hasAccount: false }),
  canManageMemberWithAccount: (a, s) => canManageSpaceMember(a, s, { hasAccount: true }),
  canDeleteSpace,
};

const cases = Object.entries(functions).flatMap(([fnName, fn]) =>
  Object.keys(actors).flatMap((actorName) =>
    states.map((state) => {
      const expected = (spaceTable[fnName]?.[actorName as ActorName] ?? []).includes(state.name);
      return { fnName, fn, actorName, state, expected };
    }),
  ),
);

describe('space permissions decision table', () => {
  it.each(cases)('$fnName: $actorName on a $state.name space → $expected', ({ fn, actorName, state, expected }) => {
    const space: SpaceAccessRef = { id: SPACE, organizationId: ORG, isPublished: state.isPublished, isPrivate: state.isPrivate };
    expect(fn(actors[actorName] ?? null, space)).toBe(expected);
  });

  it('lists every function in the table', () => {
    expect(Object.keys(spaceTable).sort()).toEqual(Object.keys(functions).sort());
  });
});

describe('canCreateSpace', () => {
  const allowed: ActorName[] = ['orgAdmin', 'otherOrgAdmin'];
  it.each(Object.keys(actors))('%s', (actorName) => {
    // Creating happens in the actor's own organization, so any organization admin may create spaces there.
    expect(canCreateSpace(actors[actorName] ?? null)).toBe(allowed.includes(actorName as ActorName));
  });
});
