import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { findResourceImages } from '@/lib/images/queries';
import type { IdeaListFilters } from './list-filters';
import { configOf, plainVectorSql, SEARCH_LANGUAGES, tsQuery, type SearchLanguage } from '@/lib/search/sql';
import { IDEA_RESOURCE } from './resource';
import { ideaSearch } from './search';
import { seedFraction } from './list-queries-seed';

/**
 * The public list and the map data of one ideas component: published, public ideas only (listedIdeasWhere's rule,
 * written as SQL here because "most commented" and "random" orders need SQL Prisma cannot express). The caller has
 * already decided that the reader may read the component (the component route's `read` permission), so the component
 * id is the scope. A constant number of queries whatever the size: count, page of ids, their rows, images, comment
 * counts (lib/ideas/ideas.integration.test.ts counts them).
 */

export type ListScope = { componentId: string; areaId: string | null; authorId: string | null };

/** The document of an idea in its own language: the search's expression, so its indexes serve the list too. */
const ideaVector = (language: SearchLanguage) => Prisma.raw(plainVectorSql(ideaSearch, language, 'i'));

/**
 * Each idea matched in the language it was written in, with that language's stemming ("leikkipuisto" finds
 * "leikkipuistoon"), on the search's per-language partial indexes (ADR 032). `query` gives the language's tsquery.
 */
function inOwnLanguage(query: (language: SearchLanguage) => Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(
    SEARCH_LANGUAGES.map((l) => Prisma.sql`(i."locale" = ${Prisma.raw(`'${l}'`)} AND ${ideaVector(l)} @@ ${query(l)})`),
    ' OR ',
  )})`;
}

/** The text filter: the visitor's words, websearch syntax, never a syntax error. */
function textMatch(text: string): Prisma.Sql {
  return inOwnLanguage((l) => tsQuery(text, l));
}

export function listedWhereSql(scope: ListScope, filters: Pick<IdeaListFilters, 'themeId' | 'state' | 'text'>): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    Prisma.sql`i."componentId" = ${scope.componentId}`,
    Prisma.sql`i."publishedAt" IS NOT NULL`,
    Prisma.sql`i."moderationState" = 'VISIBLE'`,
  ];
  if (scope.areaId) parts.push(Prisma.sql`i."areaId" = ${scope.areaId}`);
  if (scope.authorId) parts.push(Prisma.sql`i."authorId" = ${scope.authorId}`);
  if (filters.themeId) parts.push(Prisma.sql`i."themeId" = ${filters.themeId}`);
  if (filters.state) parts.push(Prisma.sql`i."state" = ${filters.state}::"IdeaBaseState"`);
  if (filters.text) parts.push(textMatch(filters.text));
  return Prisma.join(parts, ' AND ');
}

function orderSql(sort: IdeaListFilters['sort']): Prisma.Sql {
  switch (sort) {
    case 'supported':
      return Prisma.sql`i."supportCount" DESC, i."publishedAt" DESC, i."id" DESC`;
    case 'commented':
      return Prisma.sql`COALESCE(s."count", 0) DESC, i."publishedAt" DESC, i."id" DESC`;
    default:
      return Prisma.sql`i."publishedAt" DESC, i."id" DESC`;
  }
}

/**
 * The random order (ADR 033): every idea drew its `randomKey` once, and a visitor's order runs from their seed's point
 * up to 1 and then from 0 — a fair order (each idea is equally likely to come first for a visitor) that stays the same
 * for them, read from the index "Idea_listed_by_random_idx" in two ordered halves instead of sorting the component.
 */
function randomPage(where: Prisma.Sql, start: number, perPage: number, offset: number) {
  const reach = offset + perPage;
  return db.$queryRaw<{ id: string }[]>`
    SELECT r."id" FROM (
      (SELECT i."id", 0 AS part, i."randomKey" FROM "Idea" i WHERE ${where} AND i."randomKey" >= ${start} ORDER BY i."randomKey", i."id" LIMIT ${reach})
      UNION ALL
      (SELECT i."id", 1 AS part, i."randomKey" FROM "Idea" i WHERE ${where} AND i."randomKey" < ${start} ORDER BY i."randomKey", i."id" LIMIT ${reach})
    ) r ORDER BY r.part, r."randomKey", r."id" LIMIT ${perPage} OFFSET ${offset}`;
}

const listSelect = {
  id: true,
  title: true,
  body: true,
  locale: true,
  state: true,
  supportCount: true,
  publishedAt: true,
  channel: true,
  latitude: true,
  locationText: true,
  area: { select: { id: true, slug: true, name: true } },
  theme: { select: { id: true, name: true } },
  customState: { select: { id: true, label: true, colour: true } },
} as const satisfies Prisma.IdeaSelect;

export type IdeaListItem = Prisma.IdeaGetPayload<{ select: typeof listSelect }> & {
  commentCount: number;
  image: Awaited<ReturnType<typeof findResourceImages>> extends Map<string, infer V> ? V | null : never;
};

/** Visible comments per idea from CommentStats, in one query. */
export async function ideaCommentCounts(ideaIds: readonly string[]): Promise<Map<string, number>> {
  if (ideaIds.length === 0) return new Map();
  const rows = await db.commentStats.findMany({ where: { resourceType: IDEA_RESOURCE, resourceId: { in: [...ideaIds] } }, select: { resourceId: true, count: true } });
  return new Map(rows.map((r) => [r.resourceId, r.count]));
}

export async function findListedIdeas(
  scope: ListScope,
  filters: IdeaListFilters,
  { perPage, seed }: { perPage: number; seed: string },
): Promise<{ total: number; ideas: IdeaListItem[] }> {
  const where = listedWhereSql(scope, filters);
  const offset = (filters.page - 1) * perPage;
  const commentJoin = filters.sort === 'commented' ? Prisma.sql`LEFT JOIN "CommentStats" s ON s."resourceType" = ${IDEA_RESOURCE} AND s."resourceId" = i."id"` : Prisma.empty;
  const [countRows, idRows] = await Promise.all([
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Idea" i WHERE ${where}`,
    filters.sort === 'random'
      ? randomPage(where, seedFraction(seed), perPage, offset)
      : db.$queryRaw<{ id: string }[]>`SELECT i."id" FROM "Idea" i ${commentJoin} WHERE ${where} ORDER BY ${orderSql(filters.sort)} LIMIT ${perPage} OFFSET ${offset}`,
  ]);
  const ids = idRows.map((r) => r.id);
  const [rows, images, comments] = await Promise.all([
    ids.length ? db.idea.findMany({ where: { id: { in: ids } }, select: listSelect }) : Promise.resolve([]),
    findResourceImages(IDEA_RESOURCE, ids),
    ideaCommentCounts(ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ideas = ids
    .map((id) => byId.get(id))
    .filter((r): r is NonNullable<typeof r> => !!r)
    .map((r) => ({ ...r, body: r.body.slice(0, 400), commentCount: comments.get(r.id) ?? 0, image: images.get(r.id) ?? null }));
  return { total: Number(countRows[0]?.n ?? 0), ideas };
}

export const MAP_TITLE_MAX = 80;

/**
 * The map's data for the same filters as the list: every matching idea with a pin, compact ([id, lat, lng, state,
 * title]) so thousands of pins stay a small download; the map clusters them and the list is its equal alternative.
 */
export async function findIdeaPins(scope: ListScope, filters: Pick<IdeaListFilters, 'themeId' | 'state' | 'text'>): Promise<[string, number, number, string, string][]> {
  const where = listedWhereSql(scope, filters);
  const rows = await db.$queryRaw<{ id: string; lat: number; lng: number; state: string; title: string }[]>`
    SELECT i."id", i."latitude" AS lat, i."longitude" AS lng, i."state"::text AS state, left(i."title", ${MAP_TITLE_MAX}) AS title
    FROM "Idea" i WHERE ${where} AND i."latitude" IS NOT NULL
    ORDER BY i."publishedAt" DESC, i."id" DESC
    LIMIT 20000`;
  return rows.map((r) => [r.id, Math.round(r.lat * 1e5) / 1e5, Math.round(r.lng * 1e5) / 1e5, r.state, r.title]);
}

/**
 * Published ideas like a new one (the "similar ideas" step): trigram similarity of titles and full-text matches of
 * the title's words, best first. The trigram index and the search's per-language indexes keep it fast on large components.
 */
export async function findSimilarIdeas(componentId: string, { title, excludeId }: { title: string; excludeId: string | null }, limit = 5) {
  // Any of the title's words (letters and digits only, so the text is safe as to_tsquery syntax), stemmed.
  const words = title.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w.length >= 3).slice(0, 12).join(' | ');
  if (words === '') return [];
  const anyWord = (l: SearchLanguage) => Prisma.sql`to_tsquery(${Prisma.raw(configOf(l))}, ${words})`;
  const rows = await db.$queryRaw<{ id: string; title: string; state: string; score: number }[]>`
    SELECT i."id", i."title", i."state"::text AS state,
      greatest(similarity(i."title", ${title}),
        CASE i."locale" ${Prisma.join(SEARCH_LANGUAGES.map((l) => Prisma.sql`WHEN ${Prisma.raw(`'${l}'`)} THEN ts_rank(${ideaVector(l)}, ${anyWord(l)})`), ' ')} END) AS score
    FROM "Idea" i
    WHERE i."componentId" = ${componentId} AND i."publishedAt" IS NOT NULL AND i."moderationState" = 'VISIBLE'
      AND i."id" <> ${excludeId ?? ''}
      AND (i."title" % ${title}
        OR ${inOwnLanguage(anyWord)})
    ORDER BY score DESC, i."id"
    LIMIT ${limit}`;
  return rows;
}
