import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import type { OrganizationRoleKind, SpaceRoleKind } from '@/generated/prisma/enums';
import { canManageUsers, canReadAccessibilityFeedback, canReadOutbox, canViewAuditLog } from './permissions';

function actor(orgRoles: OrganizationRoleKind[] = [], spaceRoles: SpaceRoleKind[] = []): Actor {
  return {
    userId: 'u1',
    sessionId: 's1',
    organizationId: 'org1',
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
} satisfies Record<string, Actor | null>;

// Every organization-level screen: only organization admins, nobody else (deny by default).
const table: [keyof typeof who, boolean][] = [
  ['anonymous', false],
  ['resident', false],
  ['staff', false],
  ['spaceAdmin', false],
  ['coordinator', false],
  ['evaluator', false],
  ['moderator', false],
  ['orgAdmin', true],
  ['orgAdminAndStaff', true],
];

describe.each([
  ['canManageUsers', canManageUsers],
  ['canViewAuditLog', canViewAuditLog],
  ['canReadOutbox', canReadOutbox],
  ['canReadAccessibilityFeedback', canReadAccessibilityFeedback],
] as const)('%s', (_name, permission) => {
  it.each(table)('%s → %s', (key, expected) => {
    expect(permission(who[key])).toBe(expected);
  });
});
