import 'server-only';
import type { ComponentDefinition } from './definition';
import type { ResourceTypeRegistry } from '@/lib/core/resources/resource-visibility';
import { type ComponentKind, isComponentKind } from './kinds';
import { pagesDefinition } from '@/lib/pages/definition';
import { newsDefinition } from '@/lib/news/definition';
import { debatesDefinition } from '@/lib/debates/definition';
import { ideasDefinition } from '@/lib/ideas/definition';

/**
 * The typed registry of definitions: the compiler refuses a kind in COMPONENT_KINDS without a definition here. No
 * views: those are in components/component-views/ (ADR 022), imported only by the routes that render them.
 */
export const componentDefinitions = {
  pages: pagesDefinition,
  news: newsDefinition,
  debates: debatesDefinition,
  ideas: ideasDefinition,
} satisfies Record<ComponentKind, ComponentDefinition>;

/**
 * Every resource type of every kind (ADR 027), for findVisibleResources. A name used by two kinds is a programming
 * error that a unit test catches (lib/core/components/registry.test.ts).
 */
export const resourceTypes: ResourceTypeRegistry = Object.freeze(
  Object.assign({}, ...Object.values(componentDefinitions).map((d) => (d as ComponentDefinition).resources)),
);

export function getComponentDefinition(kind: string): ComponentDefinition | null {
  return isComponentKind(kind) ? (componentDefinitions[kind] as unknown as ComponentDefinition) : null;
}

/** Parses stored settings with the kind's schema; unreadable stored values fall back to the defaults. */
export function readSettings(definition: ComponentDefinition, stored: unknown): unknown {
  const parsed = definition.settingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : definition.settingsSchema.parse({});
}

export function readPhaseSettings(definition: ComponentDefinition, stored: unknown, phaseId: string | null): unknown {
  const all = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const value = phaseId ? all[phaseId] : undefined;
  const parsed = definition.phaseSettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : definition.phaseSettingsSchema.parse({});
}
