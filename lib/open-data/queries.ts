import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { asLocalizedText } from '@/lib/core/localized-text';
import { visibleSpacesWhere } from '@/lib/spaces/visibility';
import { encodeCursor, splitPage } from './cursor';
import { newest } from './http';
import { visibleNewsWhere } from '@/lib/news/visibility';
import { listedDebatesWhere } from '@/lib/debates/visibility';
import { commentCountsOf } from '@/lib/debates/queries';
import { type ImageView, imageUrl, pickVariant } from '@/lib/images/image-variants';
import { findResourceImageLists, withImages } from '@/lib/images/queries';
import type { ApiArea, ApiAreaBoundary, ApiComponent, ApiDebate, ApiIdea, ApiImage, ApiNewsPost, ApiOrganization, ApiSpace, ApiSpaceDetail } from './schemas';
import { listedIdeasWhere } from '@/lib/ideas/visibility';
import { ideaCommentCounts } from '@/lib/ideas/list-queries';
import { readIdeasSettings } from '@/lib/ideas/settings';
import type { IdeaBaseState } from '@/lib/ideas/states';
import { IDEA_RESOURCE } from '@/lib/ideas/resource';

/**
 * Reads for the open data API (docs/decisions/024-open-data-api.md): what an anonymous visitor may see — the
 * visibility rules of the public pages with no actor (visibleSpacesWhere(null, …)); published, not archived
 * components — and nothing personal. Every list is one keyset page with a fixed number of queries, whatever the
 * size of the data.
 */

export function apiBase(): string {
  return new URL('/api/v1', env().APP_URL).toString();
}
const api = (path: string) => `${apiBase()}${path}`;
const html = (path: string) => new URL(path, env().APP_URL).toString();
const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const text = (value: unknown) => asLocalizedText(value);
const textOrNull = (value: unknown) => (value === null || value === undefined ? null : asLocalizedText(value));

/** An image with absolute addresses; null when there is none (or, defensively, no stored variant). */
function apiImage(image: ImageView | null): ApiImage | null {
  const main = image ? pickVariant(image, 960) : null;
  if (!image || !main) return null;
  return {
    url: html(imageUrl(image.id, main.width)),
    width: image.width,
    height: image.height,
    alt: image.decorative ? {} : text(image.alt),
    decorative: image.decorative,
    variants: image.variants.map((v) => ({ url: html(imageUrl(image.id, v.width)), width: v.width, height: v.height })),
  };
}

export type ApiList<T> = { items: T[]; nextCursor: string | null; lastModified: Date | null };

export async function getApiOrganization(organizationId: string): Promise<{ body: ApiOrganization; lastModified: Date } | null> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { slug: true, name: true, defaultLocale: true, enabledLocales: true, timeZone: true, updatedAt: true },
  });
  if (!org) return null;
  const locales = ['fi', 'sv', 'en'] as const;
  const pick = (l: string) => locales.find((x) => x === l);
  return {
    body: {
      slug: org.slug,
      name: text(org.name),
      defaultLocale: pick(org.defaultLocale) ?? 'fi',
      enabledLocales: org.enabledLocales.map(pick).filter((l) => l !== undefined),
      timeZone: org.timeZone,
    },
    lastModified: org.updatedAt,
  };
}

const AREA_SELECT = {
  slug: true,
  kind: true,
  name: true,
  description: true,
  population: true,
  isBoundaryApproximate: true,
  updatedAt: true,
  parent: { select: { slug: true } },
} satisfies Prisma.AreaSelect;

type AreaRow = Prisma.AreaGetPayload<{ select: typeof AREA_SELECT }> & { hasBoundary: boolean };

function toApiArea(row: AreaRow): ApiArea {
  return {
    slug: row.slug,
    kind: row.kind === 'OTHER' ? 'DISTRICT' : row.kind,
    name: text(row.name),
    description: textOrNull(row.description),
    parentSlug: row.parent?.slug ?? null,
    population: row.population,
    boundaryIsApproximate: row.isBoundaryApproximate,
    updatedAt: row.updatedAt.toISOString(),
    links: { self: api(`/areas/${row.slug}`), boundary: row.hasBoundary ? api(`/areas/${row.slug}/boundary`) : null },
  };
}

/** Slugs of the organization's areas that have a boundary (the list does not load the boundaries themselves). */
async function slugsWithBoundary(organizationId: string, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db.area.findMany({
    where: { organizationId, slug: { in: slugs }, boundary: { not: Prisma.DbNull } },
    select: { slug: true },
  });
  return new Set(rows.map((r) => r.slug));
}

export async function findApiAreas(organizationId: string, page: { after: string | null; limit: number }): Promise<ApiList<ApiArea>> {
  const rows = await db.area.findMany({
    where: { organizationId, ...(page.after ? { slug: { gt: page.after } } : {}) },
    orderBy: { slug: 'asc' },
    take: page.limit + 1,
    select: AREA_SELECT,
  });
  const { items, hasMore } = splitPage(rows, page.limit);
  const bounded = await slugsWithBoundary(organizationId, items.map((r) => r.slug));
  return {
    items: items.map((r) => toApiArea({ ...r, hasBoundary: bounded.has(r.slug) })),
    nextCursor: hasMore && items.length > 0 ? encodeCursor(items[items.length - 1]!.slug) : null,
    lastModified: newest(items.map((r) => r.updatedAt)),
  };
}

export async function getApiArea(organizationId: string, slug: string): Promise<ApiArea | null> {
  const row = await db.area.findUnique({ where: { organizationId_slug: { organizationId, slug } }, select: AREA_SELECT });
  if (!row) return null;
  const bounded = await slugsWithBoundary(organizationId, [slug]);
  return toApiArea({ ...row, hasBoundary: bounded.has(slug) });
}

export async function getApiAreaBoundary(organizationId: string, slug: string): Promise<{ body: ApiAreaBoundary; lastModified: Date } | null> {
  const row = await db.area.findUnique({
    where: { organizationId_slug: { organizationId, slug } },
    select: { slug: true, name: true, boundary: true, isBoundaryApproximate: true, updatedAt: true },
  });
  if (!row || !row.boundary) return null;
  return {
    body: {
      type: 'Feature',
      id: row.slug,
      geometry: row.boundary as ApiAreaBoundary['geometry'],
      properties: { slug: row.slug, name: text(row.name), approximate: row.isBoundaryApproximate },
    },
    lastModified: row.updatedAt,
  };
}

const SPACE_SELECT = {
  id: true,
  slug: true,
  kind: true,
  assemblyType: true,
  title: true,
  subtitle: true,
  description: true,
  startDate: true,
  endDate: true,
  publishedAt: true,
  updatedAt: true,
  areas: { select: { area: { select: { slug: true } } }, orderBy: { area: { slug: 'asc' } } },
  phases: {
    orderBy: { position: 'asc' },
    select: { position: true, title: true, description: true, startDate: true, endDate: true, isActive: true, updatedAt: true },
  },
} satisfies Prisma.SpaceSelect;

type SpaceRow = Prisma.SpaceGetPayload<{ select: typeof SPACE_SELECT }>;

function toApiSpace(row: SpaceRow): ApiSpace {
  return {
    slug: row.slug,
    kind: row.kind,
    assemblyType: row.assemblyType,
    title: text(row.title),
    subtitle: textOrNull(row.subtitle),
    description: text(row.description),
    startDate: isoDate(row.startDate),
    endDate: isoDate(row.endDate),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    areas: row.areas.map((a) => a.area.slug),
    phases: row.phases.map((p) => ({
      position: p.position,
      title: text(p.title),
      description: textOrNull(p.description),
      startDate: isoDate(p.startDate),
      endDate: isoDate(p.endDate),
      isActive: p.isActive,
    })),
    links: { self: api(`/spaces/${row.slug}`), html: html(`/fi/spaces/${row.slug}`) },
  };
}

const spaceChanged = (row: SpaceRow) => newest([row.updatedAt, ...row.phases.map((p) => p.updatedAt)]);

export type SpaceListQuery = { after: string | null; limit: number; kind?: 'PROCESS' | 'ASSEMBLY'; area?: string };

export async function findApiSpaces(organizationId: string, query: SpaceListQuery): Promise<ApiList<ApiSpace>> {
  const rows = await db.space.findMany({
    where: {
      AND: [
        visibleSpacesWhere(null, organizationId),
        query.after ? { slug: { gt: query.after } } : {},
        query.kind ? { kind: query.kind } : {},
        query.area ? { areas: { some: { area: { slug: query.area, organizationId } } } } : {},
      ],
    },
    orderBy: { slug: 'asc' },
    take: query.limit + 1,
    select: SPACE_SELECT,
  });
  const { items, hasMore } = splitPage(rows, query.limit);
  return {
    items: items.map(toApiSpace),
    nextCursor: hasMore && items.length > 0 ? encodeCursor(items[items.length - 1]!.slug) : null,
    lastModified: newest(items.map(spaceChanged)),
  };
}

export async function getApiSpace(organizationId: string, slug: string): Promise<{ body: ApiSpaceDetail; lastModified: Date | null } | null> {
  const row = await db.space.findFirst({
    where: { AND: [visibleSpacesWhere(null, organizationId), { slug }] },
    select: {
      ...SPACE_SELECT,
      components: {
        where: { isPublished: true, archivedAt: null },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: { id: true, kind: true, name: true, publishedAt: true, updatedAt: true },
      },
    },
  });
  if (!row) return null;
  const components: ApiComponent[] = row.components.map((c) => ({
    id: c.id,
    kind: c.kind,
    name: text(c.name),
    publishedAt: c.publishedAt?.toISOString() ?? null,
    links: { html: html(`/fi/spaces/${row.slug}/c/${c.id}`) },
  }));
  return {
    body: { ...toApiSpace(row), components },
    lastModified: newest([spaceChanged(row), ...row.components.map((c) => c.updatedAt)]),
  };
}

export type NewsListQuery = { after: string | null; limit: number; space?: string; area?: string };

/**
 * Published news posts, newest first (keyset on publication time and id: the cursor is "<ISO time>|<id>"), by the
 * one news visibility rule with no actor. Pinning is a page layout matter and does not change the API's order.
 */
export async function findApiNews(organizationId: string, query: NewsListQuery, now = new Date()): Promise<ApiList<ApiNewsPost> | 'badCursor'> {
  let keyset: Prisma.NewsPostWhereInput = {};
  if (query.after) {
    const [at, id] = query.after.split('|');
    const time = at ? new Date(at) : null;
    if (!time || Number.isNaN(time.getTime()) || !id) return 'badCursor';
    keyset = { OR: [{ publishAt: { lt: time } }, { publishAt: time, id: { lt: id } }] };
  }
  const rows = await db.newsPost.findMany({
    where: {
      AND: [
        visibleNewsWhere(null, organizationId, now),
        keyset,
        query.space ? { component: { space: { slug: query.space } } } : {},
        query.area ? { areas: { some: { area: { slug: query.area, organizationId } } } } : {},
      ],
    },
    orderBy: [{ publishAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
    select: {
      id: true,
      title: true,
      summary: true,
      body: true,
      publishAt: true,
      updatedAt: true,
      isPinned: true,
      componentId: true,
      component: { select: { space: { select: { slug: true } } } },
      areas: { select: { area: { select: { slug: true } } }, orderBy: { area: { slug: 'asc' } } },
    },
  });
  const { items: pagePosts, hasMore } = splitPage(rows, query.limit);
  const items = await withImages('news_post', pagePosts);
  const last = items[items.length - 1];
  return {
    items: items.map((p) => ({
      id: p.id,
      title: text(p.title),
      summary: textOrNull(p.summary),
      body: text(p.body),
      publishedAt: p.publishAt!.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
      isPinned: p.isPinned,
      space: p.component.space.slug,
      componentId: p.componentId,
      areas: p.areas.map((a) => a.area.slug),
      image: apiImage(p.image),
      links: { html: html(`/fi/spaces/${p.component.space.slug}/c/${p.componentId}/${p.id}`) },
    })),
    nextCursor: hasMore && last ? encodeCursor(`${last.publishAt!.toISOString()}|${last.id}`) : null,
    lastModified: newest(items.map((p) => p.updatedAt)),
  };
}

export type DebateListQuery = { after: string | null; limit: number; space?: string; area?: string; state?: 'open' | 'closed' };

/**
 * Public debates (ADR 030), newest first (keyset on creation time and id: the cursor is "<ISO time>|<id>"), by the
 * debates' visibility rule with no actor: VISIBLE debates of published components in public spaces — never pending
 * or hidden ones. Nothing personal: a resident's debate says only that a resident opened it (isOfficial false).
 * Comment counts come from CommentStats in one query for the page.
 */
export async function findApiDebates(organizationId: string, query: DebateListQuery): Promise<ApiList<ApiDebate> | 'badCursor'> {
  let keyset: Prisma.DebateWhereInput = {};
  if (query.after) {
    const [at, id] = query.after.split('|');
    const time = at ? new Date(at) : null;
    if (!time || Number.isNaN(time.getTime()) || !id) return 'badCursor';
    keyset = { OR: [{ createdAt: { lt: time } }, { createdAt: time, id: { lt: id } }] };
  }
  const rows = await db.debate.findMany({
    where: {
      AND: [
        listedDebatesWhere(null, organizationId),
        keyset,
        query.space ? { component: { space: { slug: query.space } } } : {},
        query.area ? { areas: { some: { area: { slug: query.area, organizationId } } } } : {},
        query.state === 'open' ? { closedAt: null } : query.state === 'closed' ? { closedAt: { not: null } } : {},
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
    select: {
      id: true,
      title: true,
      description: true,
      isOfficial: true,
      createdAt: true,
      updatedAt: true,
      closedAt: true,
      conclusion: true,
      componentId: true,
      component: { select: { space: { select: { slug: true } } } },
      areas: { select: { area: { select: { slug: true } } }, orderBy: { area: { slug: 'asc' } } },
    },
  });
  const { items, hasMore } = splitPage(rows, query.limit);
  const counts = await commentCountsOf(items.map((d) => d.id));
  const last = items[items.length - 1];
  return {
    items: items.map((d) => ({
      id: d.id,
      title: text(d.title),
      description: text(d.description),
      descriptionFormat: d.isOfficial ? 'markdown' : 'text',
      isOfficial: d.isOfficial,
      state: d.closedAt ? 'closed' : 'open',
      createdAt: d.createdAt.toISOString(),
      updatedAt: d.updatedAt.toISOString(),
      closedAt: d.closedAt?.toISOString() ?? null,
      conclusion: d.closedAt ? textOrNull(d.conclusion) : null,
      commentCount: counts.get(d.id) ?? 0,
      space: d.component.space.slug,
      componentId: d.componentId,
      areas: d.areas.map((a) => a.area.slug),
      links: { html: html(`/fi/spaces/${d.component.space.slug}/c/${d.componentId}/${d.id}`) },
    })),
    nextCursor: hasMore && last ? encodeCursor(`${last.createdAt.toISOString()}|${last.id}`) : null,
    lastModified: newest(items.map((d) => d.updatedAt)),
  };
}

export type IdeaListQuery = { after: string | null; limit: number; space?: string; area?: string; state?: IdeaBaseState };

/**
 * Published, public ideas (ADR 033), newest first (keyset on publication time and id: "<ISO time>|<id>"), by the
 * ideas' visibility rule with no actor. Public fields only: never the author, a name entered by staff, the age group,
 * evaluators' notes or reviews. Support counts are null where the component hides them. Comment counts and histories
 * come in one query each for the page.
 */
export async function findApiIdeas(organizationId: string, query: IdeaListQuery): Promise<ApiList<ApiIdea> | 'badCursor'> {
  let keyset: Prisma.IdeaWhereInput = {};
  if (query.after) {
    const [at, id] = query.after.split('|');
    const time = at ? new Date(at) : null;
    if (!time || Number.isNaN(time.getTime()) || !id) return 'badCursor';
    keyset = { OR: [{ publishedAt: { lt: time } }, { publishedAt: time, id: { lt: id } }] };
  }
  const rows = await db.idea.findMany({
    where: {
      AND: [
        listedIdeasWhere(null, organizationId),
        keyset,
        query.space ? { component: { space: { slug: query.space } } } : {},
        query.area ? { area: { slug: query.area, organizationId } } : {},
        query.state ? { state: query.state } : {},
      ],
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
    select: {
      id: true, title: true, body: true, locale: true, state: true, stateReason: true, answer: true, answeredAt: true, costEstimate: true,
      costJustification: true, timeFrame: true, mergedIntoId: true, channel: true, latitude: true, longitude: true, locationText: true,
      supportCount: true, publishedAt: true, updatedAt: true, componentId: true,
      area: { select: { slug: true } },
      theme: { select: { name: true } },
      customState: { select: { label: true } },
      component: { select: { settings: true, space: { select: { slug: true } } } },
    },
  });
  const { items, hasMore } = splitPage(rows, query.limit);
  const ids = items.map((i) => i.id);
  const [counts, images, changes] = await Promise.all([
    ideaCommentCounts(ids),
    findResourceImageLists(IDEA_RESOURCE, ids),
    ids.length ? db.ideaStateChange.findMany({ where: { ideaId: { in: ids } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { ideaId: true, toState: true, createdAt: true, answered: true } }) : Promise.resolve([]),
  ]);
  const last = items[items.length - 1];
  return {
    items: items.map((i) => ({
      id: i.id,
      title: i.title,
      body: i.body,
      locale: i.locale as ApiIdea['locale'],
      state: i.state,
      stateLabel: i.customState ? text(i.customState.label) : null,
      stateReason: textOrNull(i.stateReason),
      answer: textOrNull(i.answer),
      answeredAt: i.answeredAt?.toISOString() ?? null,
      costEstimate: i.costEstimate,
      costJustification: textOrNull(i.costJustification),
      timeFrame: textOrNull(i.timeFrame),
      mergedInto: i.mergedIntoId,
      channel: i.channel,
      area: i.area.slug,
      theme: i.theme ? text(i.theme.name) : null,
      location: i.latitude !== null || i.locationText ? { latitude: i.latitude, longitude: i.longitude, description: i.locationText } : null,
      supportCount: readIdeasSettings(i.component.settings).showSupportCounts ? i.supportCount : null,
      commentCount: counts.get(i.id) ?? 0,
      images: (images.get(i.id) ?? []).map(apiImage).filter((image): image is ApiImage => image !== null),
      publishedAt: i.publishedAt!.toISOString(),
      updatedAt: i.updatedAt.toISOString(),
      history: changes.filter((c) => c.ideaId === i.id).map((c) => ({ state: c.toState, at: c.createdAt.toISOString(), answered: c.answered })),
      space: i.component.space.slug,
      componentId: i.componentId,
      links: { html: html(`/fi/spaces/${i.component.space.slug}/c/${i.componentId}/${i.id}`) },
    })),
    nextCursor: hasMore && last ? encodeCursor(`${last.publishedAt!.toISOString()}|${last.id}`) : null,
    lastModified: newest(items.map((i) => i.updatedAt)),
  };
}
