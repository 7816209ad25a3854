import 'server-only';
import { isPlausibleId } from '@/lib/core/identifiers';
import type { Prisma } from '@/generated/prisma/client';
import type { AreaKind, SpaceKind } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { canViewSpace } from '@/lib/spaces/permissions';
import { parseStoredBoundary, type AreaGeometry } from './geojson';
import { SLUG_PATTERN, AREA_SLUG_MAX } from './schema';

/**
 * Reads of areas. Areas themselves are public reference data; the spaces listed with them are filtered by what the
 * actor may see. Boundaries are parsed leniently (see parseStoredBoundary) so a bad stored value hides the map
 * rather than breaking a page.
 */

/** Spaces that count as visible to everyone: published and not private. */
const publicSpaceWhere = { space: { isPublished: true, isPrivate: false } } satisfies Prisma.SpaceAreaWhereInput;

export type AreaListItem = {
  id: string;
  slug: string;
  kind: AreaKind;
  name: Prisma.JsonValue;
  population: number | null;
  isBoundaryApproximate: boolean;
  boundary: AreaGeometry | null;
  parent: { slug: string; name: Prisma.JsonValue } | null;
  publicSpaceCount: number;
};

/** All areas of the organization (optionally of one kind) for the public list and its overview map. */
export async function findAreas(organizationId: string, { kind }: { kind?: AreaKind } = {}): Promise<AreaListItem[]> {
  const rows = await db.area.findMany({
    where: { organizationId, ...(kind ? { kind } : {}) },
    orderBy: [{ kind: 'asc' }, { slug: 'asc' }],
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      population: true,
      isBoundaryApproximate: true,
      boundary: true,
      parent: { select: { slug: true, name: true } },
      _count: { select: { spaces: { where: publicSpaceWhere } } },
    },
  });
  return rows.map(({ _count, boundary, ...row }) => ({
    ...row,
    boundary: parseStoredBoundary(boundary),
    publicSpaceCount: _count.spaces,
  }));
}

export type AreaSpace = {
  id: string;
  slug: string;
  kind: SpaceKind;
  title: Prisma.JsonValue;
  subtitle: Prisma.JsonValue;
  startDate: Date | null;
  endDate: Date | null;
  isPrivate: boolean;
  /** The phase under way (what one can do now, until when) and the next one to start: "how to take part". */
  activePhase: { title: Prisma.JsonValue; endDate: Date | null } | null;
  nextPhase: { title: Prisma.JsonValue; startDate: Date | null } | null;
};

export type AreaDetail = {
  id: string;
  slug: string;
  kind: AreaKind;
  name: Prisma.JsonValue;
  description: Prisma.JsonValue;
  population: number | null;
  isBoundaryApproximate: boolean;
  boundary: AreaGeometry | null;
  parent: { slug: string; name: Prisma.JsonValue } | null;
  children: { slug: string; name: Prisma.JsonValue }[];
  spaces: AreaSpace[];
};

/**
 * The public page of one area with the spaces that concern it. Only published spaces are listed, and private ones
 * only to those who may see them (members and the space's staff); drafts belong to the admin screens.
 */
export async function getAreaBySlug(organizationId: string, slug: string, actor: Actor | null): Promise<AreaDetail | null> {
  if (typeof slug !== 'string' || slug.length > AREA_SLUG_MAX || !SLUG_PATTERN.test(slug)) return null;
  const area = await db.area.findUnique({
    where: { organizationId_slug: { organizationId, slug } },
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      description: true,
      population: true,
      isBoundaryApproximate: true,
      boundary: true,
      parent: { select: { slug: true, name: true } },
      children: { select: { slug: true, name: true }, orderBy: { slug: 'asc' } },
      spaces: {
        where: { space: { organizationId, isPublished: true } },
        select: {
          space: {
            select: {
              id: true,
              organizationId: true,
              slug: true,
              kind: true,
              title: true,
              subtitle: true,
              startDate: true,
              endDate: true,
              isPublished: true,
              isPrivate: true,
              publishedAt: true,
              phases: {
                where: { OR: [{ isActive: true }, { startDate: { gt: new Date() } }] },
                select: { title: true, isActive: true, startDate: true, endDate: true },
                orderBy: { position: 'asc' },
              },
            },
          },
        },
      },
    },
  });
  if (!area) return null;
  const spaces = area.spaces
    .map((link) => link.space)
    .filter((space) => canViewSpace(actor, space))
    .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))
    .map((space) => ({
      id: space.id,
      slug: space.slug,
      kind: space.kind,
      title: space.title,
      subtitle: space.subtitle,
      startDate: space.startDate,
      endDate: space.endDate,
      isPrivate: space.isPrivate,
      activePhase: space.phases.find((p) => p.isActive) ?? null,
      nextPhase: space.phases.find((p) => !p.isActive && p.startDate) ?? null,
    }));
  return { ...area, boundary: parseStoredBoundary(area.boundary), spaces };
}

export type AreaAdminRow = {
  id: string;
  slug: string;
  kind: AreaKind;
  name: Prisma.JsonValue;
  population: number | null;
  hasBoundary: boolean;
  isBoundaryApproximate: boolean;
  parent: { name: Prisma.JsonValue } | null;
  spaceCount: number;
};

/** The admin table: every area with how many spaces (of any state) are linked to it. */
export async function findAreasForAdmin(organizationId: string): Promise<AreaAdminRow[]> {
  const rows = await db.area.findMany({
    where: { organizationId },
    orderBy: [{ kind: 'asc' }, { slug: 'asc' }],
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      population: true,
      boundary: true,
      isBoundaryApproximate: true,
      parent: { select: { name: true } },
      _count: { select: { spaces: true } },
    },
  });
  return rows.map(({ _count, boundary, ...row }) => ({
    ...row,
    hasBoundary: parseStoredBoundary(boundary) !== null,
    spaceCount: _count.spaces,
  }));
}

export type AreaForAdmin = {
  id: string;
  organizationId: string;
  slug: string;
  kind: AreaKind;
  name: Prisma.JsonValue;
  description: Prisma.JsonValue;
  parentId: string | null;
  population: number | null;
  isBoundaryApproximate: boolean;
  boundary: AreaGeometry | null;
  spaceCount: number;
  childCount: number;
};

/** One area for its edit page, or null when it does not exist in this organization. */
export async function getAreaForAdmin(organizationId: string, id: string): Promise<AreaForAdmin | null> {
  if (!isPlausibleId(id)) return null;
  const area = await db.area.findFirst({
    where: { id, organizationId },
    select: {
      id: true,
      organizationId: true,
      slug: true,
      kind: true,
      name: true,
      description: true,
      parentId: true,
      population: true,
      isBoundaryApproximate: true,
      boundary: true,
      _count: { select: { spaces: true, children: true } },
    },
  });
  if (!area) return null;
  const { _count, boundary, ...rest } = area;
  return { ...rest, boundary: parseStoredBoundary(boundary), spaceCount: _count.spaces, childCount: _count.children };
}

export type AreaOption = { id: string; name: Prisma.JsonValue; kind: AreaKind; parentId: string | null };

/** Areas to choose a parent from (the form leaves out the area itself and its descendants). */
export async function findAreaParentOptions(organizationId: string): Promise<AreaOption[]> {
  return db.area.findMany({
    where: { organizationId },
    orderBy: [{ kind: 'asc' }, { slug: 'asc' }],
    select: { id: true, name: true, kind: true, parentId: true },
  });
}
