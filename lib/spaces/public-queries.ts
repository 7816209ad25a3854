import 'server-only';
import { isPlausibleSlug } from '@/lib/core/identifiers';
import type { AssemblyType, MemberPosition, SpaceKind } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { canViewSpace } from './permissions';
import { visibleSpacesWhere } from './visibility';

/**
 * Reads for the public space screens. Visibility is built into the WHERE (published and public, published and
 * the actor is a member, or the actor prepares the space) and every row is checked again with canViewSpace, the one
 * definition of who may see a space.
 */
export type SpaceListFilter = { kind?: SpaceKind; areaSlug?: string };

export type VisibleSpaceListItem = {
  id: string;
  slug: string;
  kind: SpaceKind;
  assemblyType: AssemblyType | null;
  title: unknown;
  subtitle: unknown;
  startDate: Date | null;
  endDate: Date | null;
  isPublished: boolean;
  isPrivate: boolean;
  organizationId: string;
  activePhaseTitle: unknown | null;
  areas: { slug: string; name: unknown }[];
};

export async function findVisibleSpaces(actor: Actor | null, organizationId: string, filter: SpaceListFilter = {}): Promise<VisibleSpaceListItem[]> {
  const rows = await db.space.findMany({
    where: {
      AND: [
        visibleSpacesWhere(actor, organizationId),
        filter.kind ? { kind: filter.kind } : {},
        filter.areaSlug ? { areas: { some: { area: { slug: filter.areaSlug, organizationId } } } } : {},
      ],
    },
    orderBy: [{ kind: 'asc' }, { startDate: { sort: 'desc', nulls: 'last' } }, { slug: 'asc' }],
    select: {
      id: true,
      slug: true,
      kind: true,
      assemblyType: true,
      title: true,
      subtitle: true,
      startDate: true,
      endDate: true,
      isPublished: true,
      isPrivate: true,
      organizationId: true,
      phases: { where: { isActive: true }, select: { title: true }, take: 1 },
      areas: { select: { area: { select: { slug: true, name: true } } } },
    },
  });
  return rows
    .filter((row) => canViewSpace(actor, row))
    .map(({ phases, areas, ...space }) => ({
      ...space,
      activePhaseTitle: phases[0]?.title ?? null,
      areas: areas.map((a) => a.area),
    }));
}

/** Areas that have at least one space the actor may see, for the area filter of the space list. */
export async function findAreasWithSpaces(actor: Actor | null, organizationId: string): Promise<{ slug: string; name: unknown }[]> {
  return db.area.findMany({
    where: { organizationId, spaces: { some: { space: visibleSpacesWhere(actor, organizationId) } } },
    orderBy: [{ kind: 'asc' }, { slug: 'asc' }],
    select: { slug: true, name: true },
  });
}

export type PublicSpace = {
  id: string;
  organizationId: string;
  slug: string;
  kind: SpaceKind;
  assemblyType: AssemblyType | null;
  title: unknown;
  subtitle: unknown;
  description: unknown;
  heroImageUrl: string | null;
  heroImageAlt: unknown;
  startDate: Date | null;
  endDate: Date | null;
  isPublished: boolean;
  isPrivate: boolean;
  areas: { slug: string; name: unknown }[];
  phases: { id: string; position: number; title: unknown; description: unknown; startDate: Date | null; endDate: Date | null; isActive: boolean }[];
  members: { id: string; fullName: string; position: MemberPosition; positionNote: unknown }[];
};

/** The space behind /spaces/{slug}, or null when it does not exist or the actor may not see it. */
export async function getVisibleSpaceBySlug(actor: Actor | null, organizationId: string, slug: string): Promise<PublicSpace | null> {
  if (!isPlausibleSlug(slug)) return null;
  const row = await db.space.findFirst({
    where: { organizationId, slug },
    select: {
      id: true,
      organizationId: true,
      slug: true,
      kind: true,
      assemblyType: true,
      title: true,
      subtitle: true,
      description: true,
      heroImageUrl: true,
      heroImageAlt: true,
      startDate: true,
      endDate: true,
      isPublished: true,
      isPrivate: true,
      areas: { select: { area: { select: { slug: true, name: true } } } },
      phases: {
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: { id: true, position: true, title: true, description: true, startDate: true, endDate: true, isActive: true },
      },
      members: {
        orderBy: [{ position: 'asc' }, { sortOrder: 'asc' }, { fullName: 'asc' }],
        select: { id: true, fullName: true, position: true, positionNote: true },
      },
    },
  });
  if (!row || !canViewSpace(actor, row)) return null;
  return { ...row, areas: row.areas.map((a) => a.area) };
}
