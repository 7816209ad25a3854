import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import type { Locale } from '@/lib/i18n/config';
import type { Tx } from '@/lib/db';
import type { ActionAvailability, ComponentAction } from './action-availability';
import type { ResourceTypeDefinition } from '@/lib/core/resources/resource-visibility';

/**
 * A component kind declares itself in one definition (after Decidim's component manifests): its settings with
 * defaults, per-phase settings, permissions, the actions residents can take, how to count its resources, and its
 * seed. Definitions are plain TypeScript without React (ADR 022), so seeds, scripts, server actions and unit tests
 * import them as they are. The kind's views are registered apart, in components/component-views/. The registry
 * (./registry.ts) must hold a definition for every kind in COMPONENT_KINDS, which the compiler checks.
 */

/** Describes a settings field for the generic admin settings form; labels come from messages `components.<kind>.settings.<name>`. */
export type SettingField =
  | { name: string; type: 'boolean' }
  | { name: string; type: 'integer'; min?: number; max?: number }
  | { name: string; type: 'localizedText'; multiline?: boolean }
  | { name: string; type: 'select'; options: readonly string[] };

/**
 * What a component's views receive (the views themselves live in components/, this is only their input). Settings
 * are already parsed with the definition's schemas.
 */
export type ComponentContext<Settings = unknown, PhaseSettings = unknown> = {
  component: { id: string; kind: string; name: unknown; isPublished: boolean; spaceId: string };
  space: { id: string; slug: string; organizationId: string; isPublished: boolean; isPrivate: boolean; title: unknown };
  settings: Settings;
  /** Settings for the space's active phase, or the defaults when no phase is active. */
  currentPhaseSettings: PhaseSettings;
  actor: Actor | null;
  /**
   * Whether each of the kind's actions is open to this actor now, and if not why (lib/core/components/action-availability.ts):
   * views show the reason ("Kommentointi avautuu 1.3.2027", "Kirjaudu sisään kommentoidaksesi") instead of hiding the button.
   */
  actions: Record<string, ActionAvailability>;
  locale: Locale;
  /** The rest of the URL after the component's base path, e.g. ['usein-kysyttya']. */
  path: string[];
  searchParams: Record<string, string | string[] | undefined>;
};

export type ComponentPermission = (actor: Actor | null, ctx: { space: ComponentContext['space']; component: ComponentContext['component'] }) => boolean;

export type { ComponentAction, ComponentActionRequirement } from './action-availability';

export type ComponentDefinition<
  SettingsSchema extends z.ZodType = z.ZodType,
  PhaseSettingsSchema extends z.ZodType = z.ZodType,
  Actions extends Record<string, ComponentAction> = Record<string, ComponentAction>,
> = {
  kind: string;
  /** Settings for the whole component; every field must have a default so that `parse({})` succeeds. */
  settingsSchema: SettingsSchema;
  settingsFields: readonly SettingField[];
  /** Settings that may differ per phase of a process (e.g. an announcement during one phase). */
  phaseSettingsSchema: PhaseSettingsSchema;
  phaseSettingsFields: readonly SettingField[];
  /** Named permissions of the kind; deny-by-default pure functions. `read` guards the public view, `manage` the admin view. */
  permissions: { read: ComponentPermission; manage: ComponentPermission } & Record<string, ComponentPermission>;
  /** The actions residents can take in the kind, by name (`{}` for a kind that only shows content, like Pages). */
  actions: Actions;
  /**
   * The kind's resource types by name (`page`, `news_post`…; unique across kinds), each with the one query that
   * says which of some ids an actor may see (lib/core/resources/resource-visibility.ts).
   */
  resources: Record<string, ResourceTypeDefinition>;
  /**
   * How many resources people have written in the component (pages, proposals, comments…). A component with any is
   * archived, never deleted, so that nothing written is lost (lib/components/mutations.ts).
   */
  countResources: (tx: Tx, componentId: string) => Promise<number>;
  /**
   * Residents' own uploads (an idea's photo): the action whose availability (ADR 025) lets a signed-in reader upload
   * images to the component. Without it only those who manage the component upload (lib/images/upload-image.ts).
   */
  residentUploads?: { whileActionOpen: string };
  /** Creates demo content for a new component in the seed. */
  seed?: (tx: Tx, componentId: string) => Promise<void>;
};

export function defineComponent<S extends z.ZodType, P extends z.ZodType, A extends Record<string, ComponentAction>>(
  definition: ComponentDefinition<S, P, A>,
): ComponentDefinition<S, P, A> {
  return definition;
}
