import { Prisma } from '@/generated/prisma/client';
import type { Locale } from '@/lib/i18n/config';

/**
 * The text search vocabulary shared by every searchable source (ADR 032). Expressions are built as SQL text from
 * identifiers in the code's own declarations (checked below) and constant language names, never from input, so
 * that the very same text goes into the migration's indexes and into the queries that must use them.
 */

export const SEARCH_LANGUAGES = ['fi', 'sv', 'en'] as const satisfies readonly Locale[];
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

/** PostgreSQL's text search configuration per language: Snowball stemmers for Finnish, Swedish and English. */
export const TEXT_SEARCH_CONFIG: Readonly<Record<SearchLanguage, string>> = { fi: 'finnish', sv: 'swedish', en: 'english' };

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

/** A quoted SQL identifier; anything but a plain name is a programming error in a declaration. */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** `alias.` for queries, '' for an index definition; the alias is a code constant too. */
function prefixOf(alias: string | null): string {
  return alias === null ? '' : `${quoteIdentifier(alias)}.`;
}

export function configOf(language: SearchLanguage): string {
  return `'${TEXT_SEARCH_CONFIG[language]}'::regconfig`;
}

function localizedField(alias: string | null, column: string, language: SearchLanguage): string {
  return `coalesce(${prefixOf(alias)}${quoteIdentifier(column)}->>'${language}', '')`;
}

/**
 * The document of a resource with localized Json columns, in one language: its title weighted A, its other texts B,
 * so that a word in the title ranks first. `alias` null gives the form used in the migration's index.
 */
export function localizedVectorSql(columns: { title: string; texts: readonly string[] }, language: SearchLanguage, alias: string | null): string {
  const config = configOf(language);
  const title = localizedField(alias, columns.title, language);
  const texts = columns.texts.map((c) => localizedField(alias, c, language)).join(` || ' ' || `);
  return `(setweight(to_tsvector(${config}, ${title}), 'A') || setweight(to_tsvector(${config}, ${texts}), 'B'))`;
}

function plainField(alias: string | null, column: string): string {
  return `coalesce(${prefixOf(alias)}${quoteIdentifier(column)}, '')`;
}

/**
 * The document of a resource written in one language (plain text columns), in that language's configuration: the
 * title weighted A, the texts B. Used only on rows whose language column holds `language` (the partial indexes' WHERE).
 */
export function plainVectorSql(columns: { title: string; texts: readonly string[] }, language: SearchLanguage, alias: string | null): string {
  const config = configOf(language);
  const texts = columns.texts.map((c) => plainField(alias, c)).join(` || ' ' || `);
  return `(setweight(to_tsvector(${config}, ${plainField(alias, columns.title)}), 'A') || setweight(to_tsvector(${config}, ${texts}), 'B'))`;
}

/** The texts of one language, for the excerpt: '' where the resource has none in it. */
export function localizedTextsSql(texts: readonly string[], language: SearchLanguage, alias: string): string {
  return `concat_ws(' ', ${texts.map((c) => `${prefixOf(alias)}${quoteIdentifier(c)}->>'${language}'`).join(', ')})`;
}

/** The searcher's words in one language's configuration; websearch syntax ("…", or, -) and never a syntax error. */
export function tsQuery(text: string, language: SearchLanguage): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery(${Prisma.raw(configOf(language))}, ${text})`;
}

/** The configuration of a language held in an SQL expression ('fi' | 'sv' | 'en'). */
export function configOfSql(language: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE ${language} WHEN 'sv' THEN ${Prisma.raw(configOf('sv'))} WHEN 'en' THEN ${Prisma.raw(configOf('en'))} ELSE ${Prisma.raw(configOf('fi'))} END`;
}

/** Of per-language SQL, the one for the language held in an SQL expression. */
export function byLanguageSql(language: Prisma.Sql, of: (l: SearchLanguage) => Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE ${language} WHEN 'sv' THEN ${of('sv')} WHEN 'en' THEN ${of('en')} ELSE ${of('fi')} END`;
}

/** The name of a source's index in one language, e.g. "NewsPost_search_fi_idx". */
export function searchIndexName(table: string, language: SearchLanguage): string {
  return quoteIdentifier(`${table}_search_${language}_idx`);
}
