import 'server-only';
import { type ComponentKind, isComponentKind } from '@/lib/core/components/kinds';
import { PagesAdminView } from '@/components/pages/admin-view';
import { NewsAdminView } from '@/components/news/admin-view';
import { DebatesAdminView } from '@/components/debates/admin-view';
import { IdeasAdminView } from '@/components/ideas/admin-view';
import type { AnyComponentView, ComponentView } from './types';

/**
 * Every kind's admin view: rendered at /{locale}/admin/spaces/{spaceId}/components/{componentId}/manage/{...path}
 * after the route checked the kind's `manage` permission. Apart from the public views (./public-views.ts) on
 * purpose: what a public page imports decides the JavaScript its visitors download, and admin views bring forms.
 * Only admin routes import this file (ADR 022). The compiler refuses a kind in COMPONENT_KINDS without a view here.
 */
export const componentAdminViews = {
  pages: PagesAdminView,
  news: NewsAdminView,
  debates: DebatesAdminView,
  ideas: IdeasAdminView,
} satisfies { [K in ComponentKind]: ComponentView<K> };

export function getAdminView(kind: string): AnyComponentView | null {
  return isComponentKind(kind) ? (componentAdminViews[kind] as AnyComponentView) : null;
}
