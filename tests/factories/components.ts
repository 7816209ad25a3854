/**
 * Test data for the component mechanism (integration tests): a separate organization with spaces, phases and
 * users in every role that matters to components, as real rows turned into real Actors.
 */
import type { SpaceKind, SpaceRoleKind } from '@/generated/prisma/enums';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { actorFor, createTestOrganization, createTestUser, uniqueSuffix } from './organization-admin';

export async function createTestSpace(
  organizationId: string,
  { kind = 'PROCESS', isPublished = true, isPrivate = false, phases = 0, activePhase, areaIds = [] }: {
    kind?: SpaceKind; isPublished?: boolean; isPrivate?: boolean; phases?: number; activePhase?: number; areaIds?: string[];
  } = {},
) {
  const slug = `tila-${uniqueSuffix()}`;
  return db.space.create({
    data: {
      organizationId,
      kind,
      slug,
      title: { fi: `Testitila ${slug}`, en: `Test space ${slug}` },
      description: { fi: 'Kuvaus' },
      isPublished,
      publishedAt: isPublished ? new Date() : null,
      isPrivate,
      areas: { create: areaIds.map((areaId) => ({ areaId })) },
      phases: {
        create: Array.from({ length: phases }, (_, i) => ({ position: i, title: { fi: `Vaihe ${i + 1}` }, isActive: i === activePhase })),
      },
    },
    select: { id: true, slug: true, organizationId: true, phases: { orderBy: { position: 'asc' }, select: { id: true } } },
  });
}

/** A user with the given roles in one space (or organization roles), loaded as an Actor. */
export async function actorWithSpaceRole(organizationId: string, spaceId: string | null, role: SpaceRoleKind | null, label: string): Promise<Actor> {
  const user = await createTestUser(organizationId, { label });
  if (spaceId && role) await db.spaceRole.create({ data: { spaceId, userId: user.id, role } });
  return actorFor(user.id);
}

export async function componentFixture() {
  const org = await createTestOrganization('components');
  const space = await createTestSpace(org.id, { phases: 2, activePhase: 0 });
  const otherSpace = await createTestSpace(org.id, { phases: 1 });
  const admin = await actorFor((await createTestUser(org.id, { label: 'admin', orgRoles: ['ADMIN'] })).id);
  const coordinator = await actorWithSpaceRole(org.id, space.id, 'COORDINATOR', 'coordinator');
  const evaluator = await actorWithSpaceRole(org.id, space.id, 'EVALUATOR', 'evaluator');
  const otherOrg = await createTestOrganization('other');
  const outsider = await actorFor((await createTestUser(otherOrg.id, { label: 'outsider-admin', orgRoles: ['ADMIN'] })).id);
  return { org, space, otherSpace, admin, coordinator, evaluator, outsider };
}

/** Runs a domain call that must fail and returns the AppError's code and field errors. */
export async function refusal(call: Promise<unknown>): Promise<{ code: string; fieldErrors?: Record<string, string[]> }> {
  try {
    await call;
  } catch (error) {
    const e = error as { code?: string; fieldErrors?: Record<string, string[]>; name?: string };
    if (e.name === 'AppError' && e.code) return { code: e.code, fieldErrors: e.fieldErrors };
    throw error;
  }
  throw new Error('expected the call to be refused');
}

export async function auditRows(targetId: string) {
  return db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true, spaceId: true, before: true, after: true } });
}
