/**
 * Every component kind the platform knows. Adding a kind here without a definition in ./registry.ts, or without
 * views in components/component-views/, is a compile error. Kinds planned next: budgets, surveys, events,
 * accountability.
 */
export const COMPONENT_KINDS = ['pages', 'news', 'debates', 'ideas'] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export function isComponentKind(value: unknown): value is ComponentKind {
  return typeof value === 'string' && (COMPONENT_KINDS as readonly string[]).includes(value);
}
