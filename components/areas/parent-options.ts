import type { AreaOption } from '@/lib/areas/queries';
import { localize } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import type { ParentOption } from './area-form';

/** The area and everything below it: choosing one of these as parent would make a cycle. */
function selfAndDescendants(options: readonly AreaOption[], areaId: string): Set<string> {
  const out = new Set([areaId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of options) {
      if (o.parentId && out.has(o.parentId) && !out.has(o.id)) {
        out.add(o.id);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * Choices for the parent select, labelled "Name (kind)" and sorted by name. The server refuses cycles anyway; leaving
 * them out of the list only spares the admin the error.
 */
export function parentOptionsFor(
  options: readonly AreaOption[],
  locale: Locale,
  kindLabel: (kind: AreaOption['kind']) => string,
  areaId?: string,
): ParentOption[] {
  const excluded = areaId ? selfAndDescendants(options, areaId) : new Set<string>();
  return options
    .filter((o) => !excluded.has(o.id))
    .map((o) => ({ value: o.id, label: `${localize(o.name, locale)} (${kindLabel(o.kind)})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
