/**
 * Test data for organization administration (integration tests): separate organizations, so tests of "the last
 * admin" or of settings never touch the seeded Kuopio organization that other tests rely on, and users turned
 * into real Actors through a real session row (the same path a request takes).
 */
import crypto from 'node:crypto';
import type { OrganizationRoleKind } from '@/generated/prisma/enums';
import { db } from '@/lib/db';

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${crypto.randomBytes(3).toString('hex')}`;
}

export async function createTestOrganization(label = 'org') {
  const slug = `${label}-${uniqueSuffix()}`.toLowerCase();
  return db.organization.create({
    data: { slug, name: { fi: `Testikunta ${slug}`, sv: `Testkommun ${slug}` } },
    select: { id: true, slug: true },
  });
}

export async function createTestUser(
  organizationId: string,
  { label = 'user', orgRoles = [], blocked = false }: { label?: string; orgRoles?: OrganizationRoleKind[]; blocked?: boolean } = {},
) {
  const email = `${label}-${uniqueSuffix()}@example.test`.toLowerCase();
  return db.user.create({
    data: {
      organizationId,
      email,
      // Never verified against: these tests do not sign in with a password.
      passwordHash: 'not-a-real-hash',
      displayName: `Testi ${label}`,
      emailVerifiedAt: new Date(),
      blockedAt: blocked ? new Date() : null,
      orgRoles: { create: orgRoles.map((role) => ({ role })) },
    },
    select: { id: true, email: true, organizationId: true },
  });
}

export { actorForUserId as actorFor } from './actors';
