/**
 * Actors for permission decision tables (pure unit tests, no database): one per kind of person, all in
 * organization "org1" with roles in space "space1", plus an admin of another organization.
 */
import type { OrganizationRoleKind, SpaceRoleKind } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';

export function testActor(orgRoles: OrganizationRoleKind[] = [], spaceRoles: SpaceRoleKind[] = [], organizationId = 'org1'): Actor {
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

export const organizationActors = {
  anonymous: null,
  resident: testActor(),
  staff: testActor(['STAFF']),
  spaceAdmin: testActor([], ['ADMIN']),
  coordinator: testActor([], ['COORDINATOR']),
  evaluator: testActor([], ['EVALUATOR']),
  moderator: testActor([], ['MODERATOR']),
  orgAdmin: testActor(['ADMIN']),
  orgAdminAndStaff: testActor(['ADMIN', 'STAFF']),
  otherOrgAdmin: testActor(['ADMIN'], [], 'org2'),
} satisfies Record<string, Actor | null>;
