import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';

/**
 * Organization-wide search (lib/search/, ADR 032) finds a resource type's resources when the type declares `search`
 * in its definition — data about its table plus the two halves of the kind's visibility rule — and one migration adds
 * the type's indexes (lib/search/index-statements.ts prints them; a unit test fails until the migration holds them).
 * Comments on a searchable type become searchable with it.
 *
 * Only what lists and the open data API show is found, the same for every reader of a component: the actor decides
 * WHICH components (`components`), the resource's own state decides the rest (`listed`, the same for everyone).
 * Found rows are then shown only if the type's findVisibleIds — the one rule — agrees (ADR 027).
 */
export type SearchDefinition = {
  /** The kind filter's URL word (?laji=), Finnish like the other public URL words: 'uutiset', 'keskustelut'. */
  filter: string;
  /** The resource table (it has "id" and "componentId" columns, ARCHITECTURE.md "How to add a component kind"). */
  table: string;
  /** Localized Json {fi, sv, en} column of the title (plain text with `plainText`): ranked above the texts. */
  title: string;
  /** Localized Json columns (plain text with `plainText`) searched besides the title, in the excerpt's order. */
  texts: readonly string[];
  /**
   * Residents' texts written in one language (ideas): `title` and `texts` are plain text columns and the row's
   * language is in this column ('fi' | 'sv' | 'en'), searched with that language's configuration only (one partial
   * index per language, like comments).
   */
  plainText?: { localeColumn: string };
  /** The date column shown and used to order equally relevant results (newest first). */
  date: string;
  /**
   * The resource's own public state as SQL over the row alias `row` (e.g. published and not withdrawn): the part of
   * the kind's list WHERE that does not depend on the reader. An integration test holds it to the kind's rule.
   */
  listed: (row: Prisma.Sql, now: Date) => Prisma.Sql;
  /** The components whose resources of this type the actor may find: the component part of the kind's list WHERE. */
  components: (actor: Actor | null, organizationId: string) => Prisma.ComponentWhereInput;
  /** The table linking the resources to areas, for the area filter: its resource column and its "areaId". */
  areas?: { table: string; column: string };
  /** Or, for a resource about one area, its own area column. */
  areaColumn?: string;
};
