import { z } from '@/lib/core/zod';
import type { SettingField } from '@/lib/core/components/definition';
import { commentSettingsFields, commentSettingsShape } from '@/lib/comments/settings';

export const NEWS_PER_PAGE_MIN = 5;
export const NEWS_PER_PAGE_MAX = 50;

/** Settings of a News component. Strict: the stored JSON and the settings form carry exactly these keys. */
export const newsSettingsSchema = z.strictObject({
  postsPerPage: z.number().int().min(NEWS_PER_PAGE_MIN).max(NEWS_PER_PAGE_MAX).default(10),
  ...commentSettingsShape,
});
export type NewsSettings = z.output<typeof newsSettingsSchema>;

export const newsSettingsFields = [
  { name: 'postsPerPage', type: 'integer', min: NEWS_PER_PAGE_MIN, max: NEWS_PER_PAGE_MAX },
  ...commentSettingsFields,
] as const satisfies readonly SettingField[];

/** News has nothing that changes per phase yet. */
export const newsPhaseSettingsSchema = z.strictObject({});
export type NewsPhaseSettings = z.output<typeof newsPhaseSettingsSchema>;
export const newsPhaseSettingsFields = [] as const satisfies readonly SettingField[];
