import type { ComponentType } from 'react';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import type { Locale } from '@/lib/i18n/config';
import type { Tx } from '@/lib/db';

/**
 * A component kind declares itself in one manifest (after Decidim's component manifests): its settings with
 * defaults, per-phase settings, permissions, public and admin views and seed. The registry
 * (./registry.ts) must hold a manifest for every kind in COMPONENT_KINDS, which the compiler checks.
 */

/** Describes a settings field for the generic admin settings form; labels come from messages `components.<kind>.settings.<name>`. */
export type SettingField =
  | { name: string; type: 'boolean' }
  | { name: string; type: 'integer'; min?: number; max?: number }
  | { name: string; type: 'localizedText'; multiline?: boolean }
  | { name: string; type: 'select'; options: readonly string[] };

/** What a component's views receive. Settings are already parsed with the manifest's schemas. */
export type ComponentContext<Settings = unknown, PhaseSettings = unknown> = {
  component: { id: string; kind: string; name: unknown; isPublished: boolean; spaceId: string };
  space: { id: string; slug: string; organizationId: string; isPublished: boolean; isPrivate: boolean; title: unknown };
  settings: Settings;
  /** Settings for the space's active phase, or the defaults when no phase is active. */
  currentPhaseSettings: PhaseSettings;
  actor: Actor | null;
  locale: Locale;
  /** The rest of the URL after the component's base path, e.g. ['usein-kysyttya']. */
  path: string[];
  searchParams: Record<string, string | string[] | undefined>;
};

export type ComponentPermission = (actor: Actor | null, ctx: { space: ComponentContext['space']; component: ComponentContext['component'] }) => boolean;

export type ComponentManifest<
  SettingsSchema extends z.ZodType = z.ZodType,
  PhaseSettingsSchema extends z.ZodType = z.ZodType,
> = {
  kind: string;
  /** Settings for the whole component; every field must have a default so that `parse({})` succeeds. */
  settingsSchema: SettingsSchema;
  settingsFields: readonly SettingField[];
  /** Settings that may differ per phase of a process (e.g. an announcement during one phase). */
  phaseSettingsSchema: PhaseSettingsSchema;
  phaseSettingsFields: readonly SettingField[];
  /** Named permissions of the kind; deny-by-default pure functions. `manage` guards the admin view. */
  permissions: { read: ComponentPermission; manage: ComponentPermission } & Record<string, ComponentPermission>;
  /** Server component rendering the public side at /{locale}/spaces/{spaceSlug}/c/{componentId}/{...path}. */
  PublicView: ComponentType<ComponentContext<z.output<SettingsSchema>, z.output<PhaseSettingsSchema>>>;
  /**
   * Whether PublicView renders the same for a signed-in resident without roles or memberships as for an anonymous
   * visitor (signed-in/out variants aside), so the page cache may serve them one copy (ADR 021). False for any view
   * that shows a resident their own things (votes, drafts, follows) in the server render.
   */
  publicViewSharedWithResidents: boolean;
  // The admin side (AdminView) is registered in ./admin-views.ts, not here: public pages import the manifest, and
  // an admin view's forms would otherwise ship to every visitor of a component page.
  /**
   * How many resources people have written in the component (pages, proposals, comments…). A component with any is
   * archived, never deleted, so that nothing written is lost (lib/components/mutations.ts).
   */
  countResources: (tx: Tx, componentId: string) => Promise<number>;
  /** Creates demo content for a new component in the seed. */
  seed?: (tx: Tx, componentId: string) => Promise<void>;
};

export function defineComponentManifest<S extends z.ZodType, P extends z.ZodType>(manifest: ComponentManifest<S, P>): ComponentManifest<S, P> {
  return manifest;
}
