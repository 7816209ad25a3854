import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { resourceTypes } from '@/lib/core/components/registry';
import type { ResourceRef } from '@/lib/core/resources/resource-visibility';
import { visibleResources } from '@/lib/core/resources/visible-resources';
import { commentPath } from '@/lib/comments/paths';
import { visibleSpacesWhere } from '@/lib/spaces/visibility';
import { HEADLINE_OPTIONS, MARK_END, MARK_START, excerptSegments, type ExcerptSegment } from './excerpt';
import { SEARCH_MAX_RESULTS, SEARCH_PAGE_SIZE, type SearchRequest } from './params';
import { searchableTypes, searchSources } from './sources';
import type { SearchSqlContext } from './source';
import { byLanguageSql, configOfSql, quoteIdentifier, SEARCH_LANGUAGES, tsQuery, type SearchLanguage } from './sql';

/**
 * The organization-wide search (ADR 032). One query counts the matches and one reads a page of them, over a UNION of
 * every source's matching rows; both see only the components the searcher may read (one small query per searchable
 * type, with the kind's own component WHERE) and resources in their listed state — what lists and the open data API
 * show. The page's rows are then shown only where the types' findVisibleIds (the one rule, ADR 027) agree.
 */

/** Counting stops here: "more than 1 000" is as useful to a reader as the exact number and costs far less. */
export const SEARCH_COUNT_CAP = 1000;

export type SearchHit = {
  /** The source: a resource type ('news_post', 'debate') or 'comment'. */
  type: string;
  id: string;
  /** The resource's localized title; for a comment, the commented resource's. */
  title: unknown;
  /** For a comment, the resource it comments on; null for a resource. */
  resource: ResourceRef | null;
  /** Public path without the locale; for a comment, its place in the resource's thread. */
  path: string;
  spaceSlug: string;
  spaceTitle: unknown;
  date: Date;
  /** The language of the text the excerpt comes from (its `lang` attribute). */
  lang: SearchLanguage;
  excerpt: ExcerptSegment[];
};

export type SearchResults = { total: number; totalIsCapped: boolean; hits: SearchHit[] };

export type SearchScope = { spaceId: string | null; areaId: string | null };

type PageRow = {
  type: string;
  id: string;
  componentId: string;
  at: Date;
  lang: string;
  resourceType: string | null;
  resourceId: string | null;
  excerpt: string | null;
};

const asLanguage = (value: string): SearchLanguage => (SEARCH_LANGUAGES as readonly string[]).includes(value) ? (value as SearchLanguage) : 'fi';

/** The searcher's context for the sources' SQL: their query in each language and the components they may read. */
async function sqlContext(actor: Actor | null, organizationId: string, query: string, scope: SearchScope, ui: SearchLanguage): Promise<SearchSqlContext> {
  const types = await Promise.all(
    [...searchableTypes].map(async ([type, definition]) => {
      const components = await db.component.findMany({
        where: { AND: [definition.components(actor, organizationId), scope.spaceId ? { spaceId: scope.spaceId } : {}] },
        select: { id: true },
      });
      return [type, { definition, componentIds: components.map((c) => c.id) }] as const;
    }),
  );
  return {
    organizationId,
    now: new Date(),
    ui,
    query: { fi: tsQuery(query, 'fi'), sv: tsQuery(query, 'sv'), en: tsQuery(query, 'en') },
    areaId: scope.areaId,
    types: new Map(types),
  };
}

/**
 * What to search: the words, optionally one source's type ('news_post', 'debate', 'comment'…), and the window of
 * results — within the first SEARCH_MAX_RESULTS, past which narrowing helps more than paging (offset paging, capped).
 */
export type SearchQuery = { query: string; type: string | null; offset: number; limit: number };

/** The search of the page: 20 results a page by the page's number, the kind by its URL word. */
export function pageSearchQuery(request: Pick<SearchRequest, 'query' | 'kind' | 'page'>): SearchQuery {
  const type = request.kind === null ? null : (searchSources.find((s) => s.filter === request.kind)?.type ?? request.kind);
  return { query: request.query, type, offset: (request.page - 1) * SEARCH_PAGE_SIZE, limit: SEARCH_PAGE_SIZE };
}

/** One window of what the searcher may see that matches the words, best matches first, newest first among equals. */
export async function searchContent(actor: Actor | null, organizationId: string, request: SearchQuery, scope: SearchScope, ui: SearchLanguage): Promise<SearchResults> {
  const empty = { total: 0, totalIsCapped: false, hits: [] };
  const offset = Math.max(0, Math.floor(request.offset));
  const limit = Math.min(Math.max(0, Math.floor(request.limit)), SEARCH_MAX_RESULTS - offset);
  if (request.query === '' || limit <= 0) return empty;
  const ctx = await sqlContext(actor, organizationId, request.query, scope, ui);
  const sources = searchSources.filter((s) => request.type === null || s.type === request.type);
  const members = sources.flatMap((s) => {
    const sql = s.documents(ctx);
    return sql ? [{ source: s, sql }] : [];
  });
  if (members.length === 0) return empty;
  const union = Prisma.join(members.map((m) => Prisma.sql`(${m.sql})`), ' UNION ALL ');

  const joined = members.map((m, i) => ({ ...m, alias: `s${i}` }));
  const text = Prisma.sql`CASE d."type" ${Prisma.join(
    joined.map((j) => Prisma.sql`WHEN ${j.source.type} THEN ${j.source.excerpt(j.alias, Prisma.raw('d."lang"'))}`),
    ' ',
  )} END`;
  const joins = Prisma.join(
    joined.map((j) => Prisma.sql`LEFT JOIN ${Prisma.raw(quoteIdentifier(j.source.table))} ${Prisma.raw(j.alias)} ON d."type" = ${j.source.type} AND ${Prisma.raw(j.alias)}."id" = d."id"`),
    ' ',
  );
  const lang = Prisma.raw('d."lang"');
  const [counted, rows] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM (SELECT 1 FROM (${union}) u LIMIT ${SEARCH_COUNT_CAP + 1}) x`,
    db.$queryRaw<PageRow[]>`SELECT d."type", d."id", d."componentId", d."at", d."lang", d."resourceType", d."resourceId",
        ts_headline(${configOfSql(lang)}, translate(coalesce(${text}, ''), ${MARK_START + MARK_END}, ''),
          ${byLanguageSql(lang, (l) => ctx.query[l])}, ${HEADLINE_OPTIONS}) AS "excerpt"
      FROM (SELECT * FROM (${union}) u ORDER BY u."rank" DESC, u."at" DESC, u."id" DESC LIMIT ${limit} OFFSET ${offset}) d
      ${joins}
      ORDER BY d."rank" DESC, d."at" DESC, d."id" DESC`,
  ]);
  const total = counted[0]?.n ?? 0;
  return { total: Math.min(total, SEARCH_COUNT_CAP), totalIsCapped: total > SEARCH_COUNT_CAP, hits: await describeHits(actor, organizationId, rows) };
}

/**
 * Titles, paths and spaces of a page's rows — and the last word on visibility: a resource is shown only when its
 * type's findVisibleIds finds it, a comment only when its resource is found so (a few queries per page).
 */
async function describeHits(actor: Actor | null, organizationId: string, rows: PageRow[]): Promise<SearchHit[]> {
  if (rows.length === 0) return [];
  const refOf = (row: PageRow): ResourceRef | null =>
    row.type === 'comment' ? (row.resourceType && row.resourceId ? { type: row.resourceType, id: row.resourceId } : null) : { type: row.type, id: row.id };
  const refs = rows.map(refOf).filter((r): r is ResourceRef => r !== null);
  const visible = await visibleResources(actor, organizationId, refs);
  const byType = new Map<string, string[]>();
  for (const ref of visible) byType.set(ref.type, [...new Set([...(byType.get(ref.type) ?? []), ref.id])]);
  const [described, components] = await Promise.all([
    Promise.all([...byType].map(async ([type, ids]) => (await resourceTypes[type]!.describe(db, ids)).map((d) => [`${type}:${d.id}`, d] as const))),
    db.component.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.componentId))] } }, select: { id: true, space: { select: { slug: true, title: true } } } }),
  ]);
  const descriptions = new Map(described.flat());
  const spaces = new Map(components.map((c) => [c.id, c.space]));
  return rows.flatMap((row) => {
    const ref = refOf(row);
    const resource = ref ? descriptions.get(`${ref.type}:${ref.id}`) : undefined;
    const space = spaces.get(row.componentId);
    if (!resource || !space) return [];
    return [
      {
        type: row.type,
        id: row.id,
        title: resource.title,
        resource: row.type === 'comment' ? ref : null,
        path: row.type === 'comment' ? commentPath(resource.path, row.id) : resource.path,
        spaceSlug: space.slug,
        spaceTitle: space.title,
        date: row.at,
        lang: asLanguage(row.lang),
        excerpt: excerptSegments(row.excerpt ?? ''),
      },
    ];
  });
}

/** The spaces and areas the filters offer: the spaces the searcher may see, the organization's areas. */
export async function findSearchFilterOptions(actor: Actor | null, organizationId: string) {
  const [spaces, areas] = await Promise.all([
    db.space.findMany({ where: visibleSpacesWhere(actor, organizationId), select: { slug: true, title: true }, orderBy: { slug: 'asc' } }),
    db.area.findMany({ where: { organizationId }, select: { slug: true, name: true }, orderBy: { slug: 'asc' } }),
  ]);
  return { spaces, areas };
}

/**
 * The filters' slugs as ids. A space the searcher may not see reads exactly like one that does not exist, so the
 * answer never tells that a private space is there.
 */
export async function resolveSearchScope(
  actor: Actor | null,
  organizationId: string,
  request: Pick<SearchRequest, 'spaceSlug' | 'areaSlug'>,
): Promise<SearchScope | 'unknownSpace' | 'unknownArea'> {
  const [space, area] = await Promise.all([
    request.spaceSlug ? db.space.findFirst({ where: { AND: [visibleSpacesWhere(actor, organizationId), { slug: request.spaceSlug }] }, select: { id: true } }) : null,
    request.areaSlug ? db.area.findFirst({ where: { organizationId, slug: request.areaSlug }, select: { id: true } }) : null,
  ]);
  if (request.spaceSlug && !space) return 'unknownSpace';
  if (request.areaSlug && !area) return 'unknownArea';
  return { spaceId: space?.id ?? null, areaId: area?.id ?? null };
}
