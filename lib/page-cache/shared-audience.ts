/**
 * The marks that let one rendered page serve both anonymous visitors and signed-in residents without roles
 * (docs/decisions/021-pages-shared-with-residents.md). Kept free of imports: the proxy, the layout and pages use it.
 */

/** On <html> when the visitor is signed in; CSS (app/globals.css) shows `.signed-in-only` / `.signed-out-only` by it. */
export const SIGNED_IN_ATTRIBUTE = 'data-signed-in';

/**
 * A page that renders the same for a signed-in resident without roles or memberships as for an anonymous visitor
 * (apart from the signed-in/signed-out variants) says so with this meta tag; only such pages are shared with them.
 */
export const SHARED_WITH_RESIDENTS_META = 'yhdessa-shared-with-residents';

/** Whether a rendered page declares itself shareable with residents. */
export function isSharedWithResidents(html: string): boolean {
  return html.includes(`<meta name="${SHARED_WITH_RESIDENTS_META}" content="yes"/>`);
}

/** The page as a signed-in visitor gets it: the mark on the first <html> tag, nothing else changed. */
export function markSignedIn(html: string): string {
  return html.replace(/<html(?=[\s>])/, `<html ${SIGNED_IN_ATTRIBUTE}=""`);
}

/**
 * Paths whose pages may declare themselves shared: the front page, areas, spaces and component pages. Anything else
 * (profile, sign-in, admin, the accessibility feedback form…) is rendered per request for signed-in visitors without
 * trying the shared copy first, so a page that can never be shared costs no extra anonymous render.
 */
export const RESIDENT_SHAREABLE_PATH = /^\/[a-z]{2}(?:\/areas(?:\/[^/]+)?|\/spaces(?:\/[^/]+(?:\/c\/[^/]+(?:\/.*)?)?)?)?\/?$/;
