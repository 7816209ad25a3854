import { Prisma } from '@/generated/prisma/client';
import type { SearchDefinition } from '@/lib/core/resources/searchable';
import { debateComponentsWhere } from './visibility';

/**
 * How the organization-wide search finds debates (ADR 032): title, description and conclusion in each language
 * (a resident's debate holds only the language it was written in); the debates the lists show — VISIBLE, the
 * reader-independent half of listedDebatesWhere — in the Debates components the reader may read (its other half).
 * Indexes: "Debate_search_<language>_idx".
 */
export const debateSearch: SearchDefinition = {
  filter: 'keskustelut',
  table: 'Debate',
  title: 'title',
  texts: ['description', 'conclusion'],
  date: 'createdAt',
  listed: (row) => Prisma.sql`${row}."moderationState" = 'VISIBLE'`,
  components: debateComponentsWhere,
  areas: { table: 'DebateArea', column: 'debateId' },
};
