import { z } from '@/lib/core/zod';
import { asLocalizedText, optionalLocalizedTextSchema } from '@/lib/core/localized-text';
import type { SettingField } from '@/lib/core/components/definition';

export const ANNOUNCEMENT_MAX = 1000;

/** Settings of a Pages component. Strict: the stored JSON and the settings form carry exactly these keys. */
export const pagesSettingsSchema = z.strictObject({
  showTableOfContents: z.boolean().default(true),
  /** A short notice shown above every page of the component. */
  announcement: optionalLocalizedTextSchema({ max: ANNOUNCEMENT_MAX }).prefault({}),
});
export type PagesSettings = z.output<typeof pagesSettingsSchema>;

export const pagesSettingsFields = [
  { name: 'showTableOfContents', type: 'boolean' },
  { name: 'announcement', type: 'localizedText', multiline: true },
] as const satisfies readonly SettingField[];

/** While a phase is active, its announcement (if any) replaces the general one. */
export const pagesPhaseSettingsSchema = z.strictObject({
  announcement: optionalLocalizedTextSchema({ max: ANNOUNCEMENT_MAX }).prefault({}),
});
export type PagesPhaseSettings = z.output<typeof pagesPhaseSettingsSchema>;

export const pagesPhaseSettingsFields = [
  { name: 'announcement', type: 'localizedText', multiline: true },
] as const satisfies readonly SettingField[];

/** The announcement to show: the active phase's own when it has text in any language, otherwise the general one. */
export function currentAnnouncement(settings: PagesSettings, phaseSettings: PagesPhaseSettings): PagesSettings['announcement'] | null {
  if (Object.keys(asLocalizedText(phaseSettings.announcement)).length > 0) return phaseSettings.announcement;
  if (Object.keys(asLocalizedText(settings.announcement)).length > 0) return settings.announcement;
  return null;
}
