import 'server-only';
import { type ComponentKind, isComponentKind } from '@/lib/core/components/kinds';
import { PagesPublicView } from '@/components/pages/public-view';
import { NewsPublicView } from '@/components/news/public-view';
import { DebatesPublicView } from '@/components/debates/public-view';
import { IdeasPublicView } from '@/components/ideas/public-view';
import type { AnyComponentView, ComponentView } from './types';

export type ComponentPublicViewEntry<K extends ComponentKind = ComponentKind> = {
  /** Server component rendering the public side at /{locale}/spaces/{spaceSlug}/c/{componentId}/{...path}. */
  PublicView: ComponentView<K>;
  /**
   * Whether PublicView renders the same for a signed-in resident without roles or memberships as for an anonymous
   * visitor (signed-in/out variants aside), so the page cache may serve them one copy (ADR 021). False for any view
   * that shows a resident their own things (votes, drafts, follows) in the server render.
   */
  sharedWithResidents: boolean;
};

/**
 * Every kind's public view. Only the public component route imports this file (ADR 022): what a public page
 * imports decides the JavaScript its visitors download, so no admin view may be reachable from here. The compiler
 * refuses a kind in COMPONENT_KINDS without an entry, and an entry whose view takes other settings than the kind's
 * definition parses.
 */
export const componentPublicViews = {
  // Pages read the same for everyone who may see them (ADR 021).
  pages: { PublicView: PagesPublicView, sharedWithResidents: true },
  // News shows everyone who may open the component the same posts; nothing of a resident's own (ADR 021).
  news: { PublicView: NewsPublicView, sharedWithResidents: true },
  // Debates show every reader the same public debates; the start form is both signed-in/out variants, the author's
  // edit link comes from the browser, and what only one person sees (their pending debate, their edit form) is not
  // found for a visitor, so it is never the shared copy (ADR 021, ADR 030).
  debates: { PublicView: DebatesPublicView, sharedWithResidents: true },
  // Ideas show every reader the same public ideas; the submit link is both signed-in/out variants, the reader's own
  // marks (supported, may edit or withdraw) come from the browser, and drafts, edit forms and "my ideas" are either
  // not found for a visitor or asked with a query the page cache never shares (ADR 021, ADR 032).
  ideas: { PublicView: IdeasPublicView, sharedWithResidents: true },
} satisfies { [K in ComponentKind]: ComponentPublicViewEntry<K> };

type AnyPublicViewEntry = { PublicView: AnyComponentView; sharedWithResidents: boolean };

export function getPublicView(kind: string): AnyPublicViewEntry | null {
  return isComponentKind(kind) ? (componentPublicViews[kind] as AnyPublicViewEntry) : null;
}
