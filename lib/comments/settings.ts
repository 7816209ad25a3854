import { z } from '@/lib/core/zod';
import type { SettingField } from '@/lib/core/components/definition';

/**
 * The settings every kind with comments carries (spread into the kind's own settings schema and fields), so the
 * generic settings form shows them and lib/comments/ reads them the same way for news, debates and later ideas.
 */
export const commentSettingsShape = {
  /** Ask each comment whether it is for, against or neutral (shown as a badge). */
  commentAlignment: z.boolean().default(false),
  /** Nothing new (comments, residents' debates) is shown before a moderator approves it. */
  preModeration: z.boolean().default(false),
  /** Distinct flags that hide a comment until a moderator decides; 0 = the organization's default. */
  flagThreshold: z.number().int().min(0).max(100).default(0),
};

export const commentSettingsFields = [
  { name: 'commentAlignment', type: 'boolean' },
  { name: 'preModeration', type: 'boolean' },
  { name: 'flagThreshold', type: 'integer', min: 0, max: 100 },
] as const satisfies readonly SettingField[];

export type CommentSettings = { commentAlignment: boolean; preModeration: boolean; flagThreshold: number };

const CommentSettingsSchema = z.object(commentSettingsShape);

/** The comment part of a component's stored settings, read leniently: anything malformed reads as the defaults. */
export function readCommentSettings(stored: unknown): CommentSettings {
  const source = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const picked = Object.fromEntries(Object.keys(commentSettingsShape).filter((k) => k in source).map((k) => [k, source[k]]));
  const parsed = CommentSettingsSchema.safeParse(picked);
  return parsed.success ? parsed.data : CommentSettingsSchema.parse({});
}

/** The flags that hide something in this component: its own threshold, or the organization's. */
export function effectiveFlagThreshold(settings: CommentSettings, organizationThreshold: number): number {
  return settings.flagThreshold > 0 ? settings.flagThreshold : organizationThreshold;
}
