import { z } from '@/lib/core/zod';
import type { SettingField } from '@/lib/core/components/definition';
import { commentSettingsFields, commentSettingsShape } from '@/lib/comments/settings';

export const DEBATES_PER_PAGE_MIN = 5;
export const DEBATES_PER_PAGE_MAX = 50;

/** Settings of a Debates component. Strict: the stored JSON and the settings form carry exactly these keys. */
export const debatesSettingsSchema = z.strictObject({
  /**
   * Residents may open debates from the public page — while the `create_debate` action is open in the active phase.
   * Off: only officials open debates (from the admin view), residents comment on them.
   */
  allowResidentDebates: z.boolean().default(false),
  debatesPerPage: z.number().int().min(DEBATES_PER_PAGE_MIN).max(DEBATES_PER_PAGE_MAX).default(10),
  ...commentSettingsShape,
});
export type DebatesSettings = z.output<typeof debatesSettingsSchema>;

export const debatesSettingsFields = [
  { name: 'allowResidentDebates', type: 'boolean' },
  { name: 'debatesPerPage', type: 'integer', min: DEBATES_PER_PAGE_MIN, max: DEBATES_PER_PAGE_MAX },
  ...commentSettingsFields,
] as const satisfies readonly SettingField[];

/** Debates have nothing that changes per phase: what residents may do per phase is the action switches (ADR 025). */
export const debatesPhaseSettingsSchema = z.strictObject({});
export type DebatesPhaseSettings = z.output<typeof debatesPhaseSettingsSchema>;
export const debatesPhaseSettingsFields = [] as const satisfies readonly SettingField[];

/** The `allowResidentDebates` flag of stored settings, read leniently (anything malformed reads as off). */
export function residentDebatesAllowed(stored: unknown): boolean {
  return !!stored && typeof stored === 'object' && (stored as Record<string, unknown>).allowResidentDebates === true;
}
