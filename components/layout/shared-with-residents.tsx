import { SHARED_WITH_RESIDENTS_META } from '@/lib/page-cache/shared-audience';

/**
 * Rendered by a page that shows a signed-in resident without roles or memberships exactly what it shows an anonymous
 * visitor, apart from `.signed-in-only` / `.signed-out-only` parts: the page cache may then serve them its shared copy
 * (docs/decisions/021-pages-shared-with-residents.md). Anything that reads the actor for more than visibility (a
 * resident's own votes, follows, drafts) must not be on such a page, or must come from the browser after load.
 */
export function SharedWithResidents() {
  return <meta name={SHARED_WITH_RESIDENTS_META} content="yes" />;
}
