import { z } from '@/lib/core/zod';
import type { SettingField } from '@/lib/core/components/definition';
import { commentSettingsFields, commentSettingsShape } from '@/lib/comments/settings';

export const IDEAS_PER_PAGE_MIN = 5;
export const IDEAS_PER_PAGE_MAX = 50;
export const IDEAS_PER_PERSON_MAX = 100;
export const SUPPORTS_PER_PERSON_MAX = 1000;
export const PHOTOS_PER_IDEA_MAX = 10;

/** Settings of an Ideas component. Strict: the stored JSON and the settings form carry exactly these keys. */
export const ideasSettingsSchema = z.strictObject({
  /** Published ideas one person may have in the component (withdrawn ones do not count); 0 = no limit. */
  ideasPerPerson: z.number().int().min(0).max(IDEAS_PER_PERSON_MAX).default(0),
  /** Photos one idea may have; 0 = ideas have no photos (the photo step is skipped). */
  photosPerIdea: z.number().int().min(0).max(PHOTOS_PER_IDEA_MAX).default(5),
  /** Authors may correct a published idea while nobody has reviewed it yet (state "submitted"). */
  allowEditAfterPublish: z.boolean().default(true),
  /** Authors may withdraw their idea while it is submitted or under review. */
  allowWithdraw: z.boolean().default(true),
  /** Supports one person may give in the component (withdrawn supports free a place again); 0 = no limit. */
  supportsPerPerson: z.number().int().min(0).max(SUPPORTS_PER_PERSON_MAX).default(0),
  /** Show how many support each idea; off hides the numbers everywhere public (the API too) and the sort by them. */
  showSupportCounts: z.boolean().default(true),
  ideasPerPage: z.number().int().min(IDEAS_PER_PAGE_MIN).max(IDEAS_PER_PAGE_MAX).default(12),
  ...commentSettingsShape,
});
export type IdeasSettings = z.output<typeof ideasSettingsSchema>;

export const ideasSettingsFields = [
  { name: 'ideasPerPerson', type: 'integer', min: 0, max: IDEAS_PER_PERSON_MAX },
  { name: 'photosPerIdea', type: 'integer', min: 0, max: PHOTOS_PER_IDEA_MAX },
  { name: 'allowEditAfterPublish', type: 'boolean' },
  { name: 'allowWithdraw', type: 'boolean' },
  { name: 'supportsPerPerson', type: 'integer', min: 0, max: SUPPORTS_PER_PERSON_MAX },
  { name: 'showSupportCounts', type: 'boolean' },
  { name: 'ideasPerPage', type: 'integer', min: IDEAS_PER_PAGE_MIN, max: IDEAS_PER_PAGE_MAX },
  ...commentSettingsFields,
] as const satisfies readonly SettingField[];

/** What residents may do per phase is the action switches (ADR 025): create_idea, support, comment. */
export const ideasPhaseSettingsSchema = z.strictObject({});
export type IdeasPhaseSettings = z.output<typeof ideasPhaseSettingsSchema>;
export const ideasPhaseSettingsFields = [] as const satisfies readonly SettingField[];

/** Stored settings read leniently: anything malformed falls back to the defaults (writes validate strictly). */
export function readIdeasSettings(stored: unknown): IdeasSettings {
  const parsed = ideasSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : ideasSettingsSchema.parse({});
}
