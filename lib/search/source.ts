import { Prisma } from '@/generated/prisma/client';
import type { SearchDefinition } from '@/lib/core/resources/searchable';
import {
  localizedTextsSql,
  localizedVectorSql,
  plainVectorSql,
  quoteIdentifier,
  SEARCH_LANGUAGES,
  searchIndexName,
  type SearchLanguage,
} from './sql';

/** What every source's SQL gets: the searcher's query, filters and the components they may read per resource type. */
export type SearchSqlContext = {
  organizationId: string;
  now: Date;
  /** The searcher's UI language: its text is shown (and matched first) when it has the words. */
  ui: SearchLanguage;
  /** websearch_to_tsquery of the searcher's words in each language's configuration. */
  query: Readonly<Record<SearchLanguage, Prisma.Sql>>;
  areaId: string | null;
  /** Searchable resource types by name, with the ids of the components whose resources the searcher may find. */
  types: ReadonlyMap<string, { definition: SearchDefinition; componentIds: readonly string[] }>;
};

/**
 * One kind of thing the search finds. `documents` selects the matching rows as
 * (type, id, "componentId", at, rank, lang, "resourceType", "resourceId") — lang being the language whose text
 * matched and is shown — or null when nothing can match (the searcher may read no such component). `excerpt` is the
 * text of the chosen row `row` in the language `lang`, for ts_headline on the page's rows only.
 */
export type SearchSource = {
  type: string;
  filter: string;
  table: string;
  documents: (ctx: SearchSqlContext) => Prisma.Sql | null;
  excerpt: (row: string, lang: Prisma.Sql) => Prisma.Sql;
  /** The migration's statements creating the source's indexes (ADR 032): a unit test compares them to the migration. */
  indexStatements: () => string[];
};

/** SQL for "the resource `row` is about the area", or nothing when no area is asked for. */
export function inAreaSql(definition: SearchDefinition, row: string, areaId: string | null): Prisma.Sql {
  if (areaId === null) return Prisma.empty;
  if (definition.areaColumn) return Prisma.sql`AND ${Prisma.raw(quoteIdentifier(row))}.${Prisma.raw(quoteIdentifier(definition.areaColumn))} = ${areaId}`;
  if (!definition.areas) return Prisma.sql`AND FALSE`;
  const table = quoteIdentifier(definition.areas.table);
  const column = quoteIdentifier(definition.areas.column);
  return Prisma.sql`AND EXISTS (SELECT 1 FROM ${Prisma.raw(table)} ra WHERE ra.${Prisma.raw(column)} = ${Prisma.raw(quoteIdentifier(row))}."id" AND ra."areaId" = ${areaId})`;
}

/** The languages in the order a match is shown: the searcher's own first, then Finnish, Swedish, English. */
export function languagesFor(ui: SearchLanguage): SearchLanguage[] {
  return [ui, ...SEARCH_LANGUAGES.filter((l) => l !== ui)];
}

/** A resource type that declares `search` as a source: the same expressions as its indexes, one per language. */
export function resourceSearchSource(type: string, definition: SearchDefinition): SearchSource {
  return definition.plainText ? plainTextSearchSource(type, definition, definition.plainText.localeColumn) : localizedSearchSource(type, definition);
}

/**
 * Resources written in one language (ideas): each row is matched, ranked and excerpted in its own language only,
 * with the per-language partial indexes (`WHERE "<locale>" = 'fi'`…), as comments are.
 */
function plainTextSearchSource(type: string, definition: SearchDefinition, localeColumn: string): SearchSource {
  const table = quoteIdentifier(definition.table);
  const locale = quoteIdentifier(localeColumn);
  const vector = (language: SearchLanguage) => Prisma.raw(plainVectorSql(definition, language, 'r'));
  const inLanguage = (l: SearchLanguage) => Prisma.raw(`r.${locale} = '${l}'`);
  return {
    type,
    filter: definition.filter,
    table: definition.table,
    documents: (ctx) => {
      const componentIds = ctx.types.get(type)?.componentIds ?? [];
      if (componentIds.length === 0) return null;
      const matches = (l: SearchLanguage) => Prisma.sql`(${inLanguage(l)} AND ${vector(l)} @@ ${ctx.query[l]})`;
      return Prisma.sql`SELECT ${type}::text AS "type", r."id", r."componentId", r.${Prisma.raw(quoteIdentifier(definition.date))} AS "at",
          CASE r.${Prisma.raw(locale)} ${Prisma.join(SEARCH_LANGUAGES.map((l) => Prisma.sql`WHEN ${Prisma.raw(`'${l}'`)} THEN ts_rank(${vector(l)}, ${ctx.query[l]})`), ' ')} END AS "rank",
          r.${Prisma.raw(locale)} AS "lang", NULL::text AS "resourceType", NULL::text AS "resourceId"
        FROM ${Prisma.raw(table)} r
        WHERE r."componentId" = ANY(${componentIds}::text[]) AND ${definition.listed(Prisma.raw('r'), ctx.now)}
          AND (${Prisma.join(SEARCH_LANGUAGES.map(matches), ' OR ')})
          ${inAreaSql(definition, 'r', ctx.areaId)}`;
    },
    excerpt: (row) => Prisma.raw(`concat_ws(' ', ${definition.texts.map((c) => `${quoteIdentifier(row)}.${quoteIdentifier(c)}`).join(', ')})`),
    indexStatements: () =>
      SEARCH_LANGUAGES.map((l) => `CREATE INDEX ${searchIndexName(definition.table, l)} ON ${table} USING gin (${plainVectorSql(definition, l, null)}) WHERE ${locale} = '${l}';`),
  };
}

function localizedSearchSource(type: string, definition: SearchDefinition): SearchSource {
  const table = quoteIdentifier(definition.table);
  const vector = (language: SearchLanguage) => Prisma.raw(localizedVectorSql(definition, language, 'r'));
  return {
    type,
    filter: definition.filter,
    table: definition.table,
    documents: (ctx) => {
      const componentIds = ctx.types.get(type)?.componentIds ?? [];
      if (componentIds.length === 0) return null;
      const matches = (l: SearchLanguage) => Prisma.sql`${vector(l)} @@ ${ctx.query[l]}`;
      const shown = languagesFor(ctx.ui).map((l) => Prisma.sql`WHEN ${matches(l)} THEN ${Prisma.raw(`'${l}'`)}`);
      return Prisma.sql`SELECT ${type}::text AS "type", r."id", r."componentId", r.${Prisma.raw(quoteIdentifier(definition.date))} AS "at",
          greatest(${Prisma.join(SEARCH_LANGUAGES.map((l) => Prisma.sql`ts_rank(${vector(l)}, ${ctx.query[l]})`))}) AS "rank",
          CASE ${Prisma.join(shown, ' ')} END AS "lang", NULL::text AS "resourceType", NULL::text AS "resourceId"
        FROM ${Prisma.raw(table)} r
        WHERE r."componentId" = ANY(${componentIds}::text[]) AND ${definition.listed(Prisma.raw('r'), ctx.now)}
          AND (${Prisma.join(SEARCH_LANGUAGES.map(matches), ' OR ')})
          ${inAreaSql(definition, 'r', ctx.areaId)}`;
    },
    excerpt: (row, lang) =>
      Prisma.sql`CASE ${lang} ${Prisma.join(
        SEARCH_LANGUAGES.map((l) => Prisma.sql`WHEN ${Prisma.raw(`'${l}'`)} THEN ${Prisma.raw(localizedTextsSql(definition.texts, l, row))}`),
        ' ',
      )} END`,
    indexStatements: () =>
      SEARCH_LANGUAGES.map((l) => `CREATE INDEX ${searchIndexName(definition.table, l)} ON ${table} USING gin (${localizedVectorSql(definition, l, null)});`),
  };
}
