import 'server-only';
import type { SearchDefinition } from '@/lib/core/resources/searchable';
import { resourceTypes } from '@/lib/core/components/registry';
import { commentSearchSource } from '@/lib/comments/search';
import { resourceSearchSource, type SearchSource } from './source';

/**
 * What the search looks in (ADR 032): every resource type that declares `search` in its kind's definition, in the
 * registry's order, and the comments on them. A new kind is found once its type declares `search` and its indexes
 * are migrated; nothing here changes.
 */
export const searchableTypes: ReadonlyMap<string, SearchDefinition> = new Map(
  Object.entries(resourceTypes).flatMap(([type, definition]) => (definition.search ? [[type, definition.search] as const] : [])),
);

export const searchSources: readonly SearchSource[] = [
  ...[...searchableTypes].map(([type, definition]) => resourceSearchSource(type, definition)),
  commentSearchSource,
];

/** The kind filter's URL words (?laji=), one per source. */
export const searchFilters: readonly string[] = searchSources.map((s) => s.filter);
