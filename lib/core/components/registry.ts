import 'server-only';
import type { ComponentManifest } from './manifest';
import { type ComponentKind, isComponentKind } from './kinds';
import { pagesManifest } from '@/lib/pages/manifest';

/** The typed registry: the compiler refuses a kind in COMPONENT_KINDS without a manifest here. */
export const componentRegistry = {
  pages: pagesManifest,
} satisfies Record<ComponentKind, ComponentManifest>;

export function getManifest(kind: string): ComponentManifest | null {
  return isComponentKind(kind) ? (componentRegistry[kind] as unknown as ComponentManifest) : null;
}

/** Parses stored settings with the kind's schema; unreadable stored values fall back to the defaults. */
export function readSettings(manifest: ComponentManifest, stored: unknown): unknown {
  const parsed = manifest.settingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : manifest.settingsSchema.parse({});
}

export function readPhaseSettings(manifest: ComponentManifest, stored: unknown, phaseId: string | null): unknown {
  const all = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const value = phaseId ? all[phaseId] : undefined;
  const parsed = manifest.phaseSettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : manifest.phaseSettingsSchema.parse({});
}
