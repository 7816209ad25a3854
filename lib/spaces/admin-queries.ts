import 'server-only';
import { isPlausibleId } from '@/lib/core/identifiers';
import type { Prisma } from '@/generated/prisma/client';
import type { SpaceKind } from '@/generated/prisma/enums';
import { type Actor, isOrgAdmin } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { canManageSpaceRoles, canViewSpaceAdmin, type SpaceAccessRef } from './permissions';

/**
 * Reads for the space admin screens. Visibility is part of every query's WHERE: organization admins see all
 * spaces of their organization, everyone else only the spaces where they hold a role.
 */

function adminVisibleSpaces(actor: Actor): Prisma.SpaceWhereInput {
  return isOrgAdmin(actor)
    ? { organizationId: actor.organizationId }
    : { organizationId: actor.organizationId, roles: { some: { userId: actor.userId } } };
}

export type SpaceAdminListItem = {
  id: string;
  slug: string;
  kind: SpaceKind;
  title: unknown;
  isPublished: boolean;
  isPrivate: boolean;
  activePhaseTitle: unknown | null;
  updatedAt: Date;
};

export async function findSpacesForAdmin(actor: Actor, filter: { kind?: SpaceKind } = {}): Promise<SpaceAdminListItem[]> {
  const rows = await db.space.findMany({
    where: { ...adminVisibleSpaces(actor), ...(filter.kind ? { kind: filter.kind } : {}) },
    orderBy: [{ kind: 'asc' }, { createdAt: 'desc' }],
    select: {
      id: true,
      slug: true,
      kind: true,
      title: true,
      isPublished: true,
      isPrivate: true,
      updatedAt: true,
      phases: { where: { isActive: true }, select: { title: true }, take: 1 },
    },
  });
  return rows.map(({ phases, ...space }) => ({ ...space, activePhaseTitle: phases[0]?.title ?? null }));
}

/** The access-relevant facts of a space of the actor's organization, or null when it is not there. */
export async function getSpaceAccessRef(actor: Actor, spaceId: string): Promise<(SpaceAccessRef & { kind: SpaceKind }) | null> {
  if (!isPlausibleId(spaceId)) return null;
  return db.space.findFirst({
    where: { id: spaceId, organizationId: actor.organizationId },
    select: { id: true, organizationId: true, isPublished: true, isPrivate: true, kind: true },
  });
}

/** A listed member of the space with whether it carries an account (which decides who may change it), or null. */
export async function getSpaceMemberRef(spaceId: string, memberId: string): Promise<{ id: string; userId: string | null } | null> {
  if (!isPlausibleId(memberId)) return null;
  return db.spaceMember.findFirst({ where: { id: memberId, spaceId }, select: { id: true, userId: true } });
}

/**
 * Email addresses of role holders and members are read only for those who may manage roles (space admins,
 * organization admins); evaluators, moderators and coordinators get display names. The address is left out of the
 * query itself, not only out of the page.
 */
function spaceAdminSelect(withEmails: boolean) {
  const person = { select: { id: true, displayName: true, email: withEmails } };
  return {
    id: true,
    organizationId: true,
    kind: true,
    slug: true,
    title: true,
    subtitle: true,
    description: true,
    heroImageUrl: true,
    heroImageAlt: true,
    assemblyType: true,
    startDate: true,
    endDate: true,
    isPublished: true,
    publishedAt: true,
    isPrivate: true,
    createdAt: true,
    updatedAt: true,
    areas: { select: { area: { select: { id: true, slug: true, name: true } } } },
    phases: {
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, position: true, title: true, description: true, startDate: true, endDate: true, isActive: true },
    },
    roles: {
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, role: true, createdAt: true, user: person },
    },
    members: {
      orderBy: [{ position: 'asc' }, { sortOrder: 'asc' }, { fullName: 'asc' }],
      select: { id: true, fullName: true, position: true, positionNote: true, startDate: true, endDate: true, user: person },
    },
  } satisfies Prisma.SpaceSelect;
}

type SpaceAdminRow = Prisma.SpaceGetPayload<{ select: ReturnType<typeof spaceAdminSelect> }>;
/** A person as the admin screens show them: `email` is null for those who may not see addresses. */
export type SpacePerson = { id: string; displayName: string; email: string | null };
export type SpaceForAdmin = Omit<SpaceAdminRow, 'roles' | 'members'> & {
  roles: (Omit<SpaceAdminRow['roles'][number], 'user'> & { user: SpacePerson })[];
  members: (Omit<SpaceAdminRow['members'][number], 'user'> & { user: SpacePerson | null })[];
};

function toPerson(user: { id: string; displayName: string; email?: string }): SpacePerson {
  return { id: user.id, displayName: user.displayName, email: user.email ?? null };
}

/** The space with its phases, areas, roles and members, or null when this actor may not open its admin screens. */
export async function getSpaceForAdmin(actor: Actor, spaceId: string): Promise<SpaceForAdmin | null> {
  const ref = await getSpaceAccessRef(actor, spaceId);
  if (!ref || !canViewSpaceAdmin(actor, ref)) return null;
  const row = await db.space.findFirst({
    where: { id: ref.id, organizationId: actor.organizationId },
    select: spaceAdminSelect(canManageSpaceRoles(actor, ref)),
  });
  if (!row) return null;
  return {
    ...row,
    roles: row.roles.map((r) => ({ ...r, user: toPerson(r.user) })),
    members: row.members.map((m) => ({ ...m, user: m.user ? toPerson(m.user) : null })),
  };
}

export async function getPhaseForAdmin(actor: Actor, spaceId: string, phaseId: string) {
  const ref = await getSpaceAccessRef(actor, spaceId);
  if (!ref || !canViewSpaceAdmin(actor, ref) || !isPlausibleId(phaseId)) return null;
  return db.phase.findFirst({
    where: { id: phaseId, spaceId: ref.id },
    select: { id: true, position: true, title: true, description: true, startDate: true, endDate: true, isActive: true },
  });
}

/** Areas of the organization to choose from in the space form. */
export async function findAreaOptions(organizationId: string) {
  return db.area.findMany({
    where: { organizationId },
    orderBy: [{ kind: 'asc' }, { slug: 'asc' }],
    select: { id: true, slug: true, kind: true, name: true },
  });
}

/** Figures for the organization admin's dashboard. */
export async function getAdminDashboardCounts(actor: Actor) {
  if (!isOrgAdmin(actor)) return null;
  const organizationId = actor.organizationId;
  const [areas, spaces, published, users] = await Promise.all([
    db.area.count({ where: { organizationId } }),
    db.space.count({ where: { organizationId } }),
    db.space.count({ where: { organizationId, isPublished: true } }),
    db.user.count({ where: { organizationId } }),
  ]);
  return { areas, spaces, published, users };
}

/** The spaces where the actor holds a role, with those roles, for the dashboard. */
export async function findSpacesWithActorRoles(actor: Actor) {
  return db.space.findMany({
    where: { organizationId: actor.organizationId, roles: { some: { userId: actor.userId } } },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      kind: true,
      title: true,
      isPublished: true,
      isPrivate: true,
      roles: { where: { userId: actor.userId }, select: { role: true } },
    },
  });
}
