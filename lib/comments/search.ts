import { Prisma } from '@/generated/prisma/client';
import { inAreaSql, type SearchSource } from '@/lib/search/source';
import { configOf, quoteIdentifier, SEARCH_LANGUAGES, searchIndexName, type SearchLanguage } from '@/lib/search/sql';

/** The kind filter's URL word for comments (?laji=kommentit). */
export const COMMENT_SEARCH_FILTER = 'kommentit';

/**
 * How the organization-wide search finds comments (ADR 032): a comment is plain text in the language it was written
 * in, searched with that language's configuration (one partial index per language, over public comments only). It is
 * found when it is public (VISIBLE, not deleted) and on a resource the search would find itself: a searchable type,
 * in a component the searcher may read, in its listed state. Comments on other types are not searched, so a comment
 * never reveals a resource the search would not show. The area filter applies to the commented resource's areas.
 */
const vector = (language: SearchLanguage, alias: string | null) =>
  `to_tsvector(${configOf(language)}, ${alias === null ? '' : `${quoteIdentifier(alias)}.`}"body")`;
const PUBLIC_COMMENT = `"moderationState" = 'VISIBLE' AND "deletedAt" IS NULL`;

export const commentSearchSource: SearchSource = {
  type: 'comment',
  filter: COMMENT_SEARCH_FILTER,
  table: 'Comment',
  documents: (ctx) => {
    const onResources = [...ctx.types]
      .filter(([, t]) => t.componentIds.length > 0)
      .map(
        ([type, { definition, componentIds }]) => Prisma.sql`(c."resourceType" = ${type} AND c."componentId" = ANY(${componentIds}::text[])
          AND EXISTS (SELECT 1 FROM ${Prisma.raw(quoteIdentifier(definition.table))} r
            WHERE r."id" = c."resourceId" AND ${definition.listed(Prisma.raw('r'), ctx.now)} ${inAreaSql(definition, 'r', ctx.areaId)}))`,
      );
    if (onResources.length === 0) return null;
    const inLanguage = (l: SearchLanguage, what: Prisma.Sql) => Prisma.sql`(c."locale" = ${Prisma.raw(`'${l}'`)} AND ${what})`;
    const matches = (l: SearchLanguage) => Prisma.sql`${Prisma.raw(vector(l, 'c'))} @@ ${ctx.query[l]}`;
    return Prisma.sql`SELECT 'comment'::text AS "type", c."id", c."componentId", c."createdAt" AS "at",
        CASE c."locale" ${Prisma.join(SEARCH_LANGUAGES.map((l) => Prisma.sql`WHEN ${Prisma.raw(`'${l}'`)} THEN ts_rank(${Prisma.raw(vector(l, 'c'))}, ${ctx.query[l]})`), ' ')} END AS "rank",
        c."locale" AS "lang", c."resourceType", c."resourceId"
      FROM "Comment" c
      WHERE c."organizationId" = ${ctx.organizationId} AND c."moderationState" = 'VISIBLE' AND c."deletedAt" IS NULL
        AND (${Prisma.join(SEARCH_LANGUAGES.map((l) => inLanguage(l, matches(l))), ' OR ')})
        AND (${Prisma.join(onResources, ' OR ')})`;
  },
  excerpt: (row) => Prisma.raw(`${quoteIdentifier(row)}."body"`),
  indexStatements: () =>
    SEARCH_LANGUAGES.map((l) => `CREATE INDEX ${searchIndexName('Comment', l)} ON "Comment" USING gin (${vector(l, null)}) WHERE "locale" = '${l}' AND ${PUBLIC_COMMENT};`),
};
