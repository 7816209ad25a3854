import { Prisma } from '@/generated/prisma/client';
import type { SearchDefinition } from '@/lib/core/resources/searchable';
import { ideaComponentsWhere } from './visibility';

/**
 * How the organization-wide search finds ideas (ADR 032): title and text in the one language the idea was written
 * in; the ideas the lists show — published and public, the reader-independent half of listedIdeasWhere — in the
 * Ideas components the reader may read (its other half). The list's own text filter uses the same expressions and
 * indexes ("Idea_search_<language>_idx", lib/ideas/list-queries.ts). Comments on ideas become searchable with them.
 */
export const ideaSearch: SearchDefinition = {
  filter: 'ideat',
  table: 'Idea',
  title: 'title',
  texts: ['body', 'locationText'],
  date: 'publishedAt',
  plainText: { localeColumn: 'locale' },
  listed: (row) => Prisma.sql`${row}."publishedAt" IS NOT NULL AND ${row}."moderationState" = 'VISIBLE'`,
  components: ideaComponentsWhere,
  areaColumn: 'areaId',
};
