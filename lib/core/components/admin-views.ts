import 'server-only';
import type { ComponentType } from 'react';
import type { ComponentContext } from './manifest';
import { type ComponentKind, isComponentKind } from './kinds';
import { PagesAdminView } from '@/lib/pages/admin-view';

/** A server component rendering a kind's admin side at /{locale}/admin/spaces/{spaceId}/components/{componentId}/manage/{...path}. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind's view takes its own settings types
export type ComponentAdminView = ComponentType<ComponentContext<any, any>>;

/**
 * Every kind's admin view, apart from the manifests (registry.ts) on purpose: the public component page imports the
 * manifests, and what it imports decides the JavaScript its visitors download. Only admin pages import this file.
 * The compiler refuses a kind in COMPONENT_KINDS without a view here.
 */
export const componentAdminViews = {
  pages: PagesAdminView,
} satisfies Record<ComponentKind, ComponentAdminView>;

export function getAdminView(kind: string): ComponentAdminView | null {
  return isComponentKind(kind) ? (componentAdminViews[kind] as ComponentAdminView) : null;
}
