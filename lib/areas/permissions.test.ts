import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import type { OrganizationRoleKind, SpaceRoleKind } from '@/generated/prisma/enums';
import { canManageArea, canManageAreas } from './permissions';

function actor(orgRoles: OrganizationRoleKind[] = [], spaceRoles: SpaceRoleKind[] = [], organizationId = 'org1'): Actor {
  return {
    userId: 'u1',
    sessionId: 's1',
    organizationId,
    email: 'x@example.fi',
    displayName: 'X',
    locale: 'fi',
    orgRoles,
    spaceRoles: spaceRoles.map((role) => ({ spaceId: 'space1', role })),
    memberSpaceIds: ['space1'],
  };
}

const who = {
  anonymous: null,
  resident: actor(),
  staff: actor(['STAFF']),
  spaceAdmin: actor([], ['ADMIN']),
  coordinator: actor([], ['COORDINATOR']),
  evaluator: actor([], ['EVALUATOR']),
  moderator: actor([], ['MODERATOR']),
  orgAdmin: actor(['ADMIN']),
  orgAdminAndStaff: actor(['ADMIN', 'STAFF']),
  otherOrgAdmin: actor(['ADMIN'], [], 'org2'),
} satisfies Record<string, Actor | null>;

const area = { organizationId: 'org1' };

// [who, canManageAreas (create), canManageArea (edit/delete an area of org1)]
const table: [keyof typeof who, boolean, boolean][] = [
  ['anonymous', false, false],
  ['resident', false, false],
  ['staff', false, false],
  ['spaceAdmin', false, false],
  ['coordinator', false, false],
  ['evaluator', false, false],
  ['moderator', false, false],
  ['orgAdmin', true, true],
  ['orgAdminAndStaff', true, true],
  // An admin of another organization may manage its own areas, never these.
  ['otherOrgAdmin', true, false],
];

describe('area permissions', () => {
  it.each(table)('%s: create %s, edit/delete %s', (key, create, manage) => {
    expect(canManageAreas(who[key])).toBe(create);
    expect(canManageArea(who[key], area)).toBe(manage);
  });
});
