import 'server-only';
import { isPlausibleId } from '@/lib/core/identifiers';
import { db } from '@/lib/db';
import { isComponentKind } from '@/lib/core/components/kinds';

/**
 * Reads of components. Every read is scoped to an organization through the space, so a component id from another
 * municipality is simply not found. Permission decisions are made by the callers with the loaded rows.
 */

const spaceAccessSelect = {
  id: true,
  slug: true,
  organizationId: true,
  isPublished: true,
  isPrivate: true,
  title: true,
} as const;

const phaseSelect = { id: true, title: true, position: true, isActive: true, startDate: true, endDate: true } as const;

export type SpaceForComponents = {
  id: string;
  slug: string;
  organizationId: string;
  isPublished: boolean;
  isPrivate: boolean;
  title: unknown;
  phases: { id: string; title: unknown; position: number; isActive: boolean; startDate: Date | null; endDate: Date | null }[];
};

/** The space with what the component screens need (phases for per-phase settings and the active phase). */
export async function getSpaceForComponents(organizationId: string, spaceId: string): Promise<SpaceForComponents | null> {
  return db.space.findFirst({
    where: { id: spaceId, organizationId },
    select: { ...spaceAccessSelect, phases: { orderBy: { position: 'asc' }, select: phaseSelect } },
  });
}

export type ComponentListItem = { id: string; kind: string; name: unknown; isPublished: boolean; position: number; archivedAt: Date | null };

export const listSelect = { id: true, kind: true, name: true, isPublished: true, position: true, archivedAt: true } as const;

/** The active components of a space in their order (archived ones are listed apart: ./archive-queries.ts). */
export async function findComponentsForAdmin(spaceId: string): Promise<ComponentListItem[]> {
  return db.component.findMany({
    where: { spaceId, archivedAt: null },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: listSelect,
  });
}

/**
 * Published, not archived components of a space whose kind this installation still knows (a removed kind is hidden,
 * not a crash).
 */
export async function findPublishedComponents(spaceId: string): Promise<ComponentListItem[]> {
  const rows = await db.component.findMany({
    where: { spaceId, isPublished: true, archivedAt: null },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: listSelect,
  });
  return rows.filter((row) => isComponentKind(row.kind));
}

export type ComponentWithSpace = {
  component: {
    id: string;
    kind: string;
    name: unknown;
    isPublished: boolean;
    publishedAt: Date | null;
    archivedAt: Date | null;
    spaceId: string;
    settings: unknown;
    phaseSettings: unknown;
    actionSettings: unknown;
  };
  space: SpaceForComponents;
};

/** One component with its space, scoped to the organization; null when it does not exist there. */
export async function getComponentForAdmin(organizationId: string, componentId: string): Promise<ComponentWithSpace | null> {
  if (!isPlausibleId(componentId)) return null;
  const row = await db.component.findFirst({
    where: { id: componentId, space: { organizationId } },
    select: {
      id: true,
      kind: true,
      name: true,
      isPublished: true,
      publishedAt: true,
      archivedAt: true,
      spaceId: true,
      settings: true,
      phaseSettings: true,
      actionSettings: true,
      space: { select: { ...spaceAccessSelect, phases: { orderBy: { position: 'asc' }, select: phaseSelect } } },
    },
  });
  if (!row) return null;
  const { space, ...component } = row;
  return { component, space };
}

/**
 * The same record for the public side, found through the space's slug so that a URL cannot mix spaces. An archived
 * component does not exist there, for anyone.
 */
export async function getComponentInSpace(organizationId: string, spaceSlug: string, componentId: string): Promise<ComponentWithSpace | null> {
  const found = await getComponentForAdmin(organizationId, componentId);
  return found && found.space.slug === spaceSlug && !found.component.archivedAt ? found : null;
}
