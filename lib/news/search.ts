import { Prisma } from '@/generated/prisma/client';
import type { SearchDefinition } from '@/lib/core/resources/searchable';
import { newsComponentsWhere } from './visibility';

/**
 * How the organization-wide search finds news posts (ADR 032): title, summary and body in each language; the posts the
 * lists show — published, not withdrawn (the reader-independent half of visibleNewsWhere) — in the News components
 * the reader may read (its other half). Indexes: "NewsPost_search_<language>_idx".
 */
export const newsPostSearch: SearchDefinition = {
  filter: 'uutiset',
  table: 'NewsPost',
  title: 'title',
  texts: ['summary', 'body'],
  date: 'publishAt',
  listed: (row, now) => Prisma.sql`${row}."publishAt" <= ${now} AND ${row}."unpublishedAt" IS NULL`,
  components: newsComponentsWhere,
  areas: { table: 'NewsPostArea', column: 'postId' },
};
