import type { ComponentType } from 'react';
import type { z } from 'zod';
import type { ComponentContext } from '@/lib/core/components/definition';
import type { ComponentKind } from '@/lib/core/components/kinds';
import type { componentDefinitions } from '@/lib/core/components/registry';

/**
 * Types of the components' views (server components). They live here, not in lib/, because lib/ holds no React
 * (ADR 022); what views receive, ComponentContext, is a plain type in lib/core/components/definition.ts.
 */

type DefinitionOf<K extends ComponentKind> = (typeof componentDefinitions)[K];

/** The context a kind's views receive, with its settings typed by its definition's schemas. */
export type ComponentContextOf<K extends ComponentKind> = ComponentContext<
  z.output<DefinitionOf<K>['settingsSchema']>,
  z.output<DefinitionOf<K>['phaseSettingsSchema']>
>;

/** A server component rendering one side (public or admin) of a kind at the path in its context. */
export type ComponentView<K extends ComponentKind> = ComponentType<ComponentContextOf<K>>;

/** A view of any kind, for routes that look one up by a kind known only at run time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind's view takes its own settings types
export type AnyComponentView = ComponentType<ComponentContext<any, any>>;
