/** Addresses of an Ideas component, without a locale prefix (the locale-aware Link adds it). Finnish URL words. */

export const NEW_IDEA_SEGMENT = 'uusi';
/** A draft's steps: /<draftId>/<step>. */
export const DRAFT_STEPS = ['perustiedot', 'sijainti', 'kuva', 'samankaltaiset'] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];
export const EDIT_IDEA_SEGMENT = 'muokkaa';
/** The idea's co-authors: the author's invitations, an invited person's answer, a co-author's leaving. */
export const COAUTHORS_SEGMENT = 'kanssakirjoittajat';
export const MAP_VIEW_PARAM = 'nakyma';
export const MAP_VIEW_VALUE = 'kartta';
/** List filters: area slug, theme id, state, text, own ideas, sort, page. */
export const LIST_PARAMS = { area: 'alue', theme: 'teema', state: 'tila', text: 'haku', mine: 'omat', sort: 'jarjestys', page: 'sivu' } as const;
export const SORT_VALUES = { newest: 'uusin', supported: 'kannatetuin', commented: 'kommentoiduin', random: 'satunnainen' } as const;
export type IdeaSort = keyof typeof SORT_VALUES;
/** The random order's seed (a visitor's own, kept by their browser); without it the day's date seeds the order. */
export const SEED_PARAM = 'siemen';

export function publicIdeasPath(spaceSlug: string, componentId: string, ...rest: string[]): string {
  return [`/spaces/${spaceSlug}/c/${componentId}`, ...rest].join('/');
}

export function adminIdeasPath(spaceId: string, componentId: string, ...rest: string[]): string {
  return [`/admin/spaces/${spaceId}/components/${componentId}/manage`, ...rest].join('/');
}

/** The review page of one idea (evaluators reach it from their queue, coordinators from the component). */
export function reviewIdeaPath(ideaId: string): string {
  return `/admin/ideas/${ideaId}`;
}

export const REVIEW_QUEUE_PATH = '/admin/ideas';
