/** Addresses of a Debates component, without a locale prefix (the locale-aware Link adds it). */

/** The public path segment of a resident's new debate form (Finnish, like the other public URL words). */
export const NEW_DEBATE_SEGMENT = 'uusi';
/** The public path segment of a resident's edit form of their own debate. */
export const EDIT_OWN_DEBATE_SEGMENT = 'muokkaa';
/** The list filter by state: ?tila=avoin | ?tila=suljettu. */
export const STATE_FILTER_PARAM = 'tila';
export const STATE_FILTER_VALUES = { open: 'avoin', closed: 'suljettu' } as const;
/** The list filter by area: ?alue=<area slug>. */
export const AREA_FILTER_PARAM = 'alue';

export function publicDebatesPath(spaceSlug: string, componentId: string, ...rest: string[]): string {
  return [`/spaces/${spaceSlug}/c/${componentId}`, ...rest].join('/');
}

export function adminDebatesPath(spaceId: string, componentId: string, ...rest: string[]): string {
  return [`/admin/spaces/${spaceId}/components/${componentId}/manage`, ...rest].join('/');
}
