import { z } from '@/lib/core/zod';

const Id = z.string().regex(/^[a-z0-9]{1,40}$/);
const TargetType = z.string().regex(/^[a-z][a-z_]{0,39}$/);

export const FLAG_REASONS = ['SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'OTHER'] as const;
export const FLAG_DETAILS_MAX = 1000;

/** A flag: "other" needs a word of why, the rest may carry one. */
export const FlagSchema = z
  .object({
    targetType: TargetType,
    targetId: Id,
    reason: z.enum(FLAG_REASONS),
    details: z.string().trim().max(FLAG_DETAILS_MAX).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'OTHER' && v.details === '') ctx.addIssue({ code: 'custom', path: ['details'], message: 'flagDetailsRequired' });
  });
export type FlagInput = z.input<typeof FlagSchema>;

/**
 * What a moderator can decide: hide or restore public (or auto-hidden) content, approve or reject pre-moderated
 * content. Which decisions apply depends on where the content stands (./decide.ts).
 */
export const DECISIONS = ['hide', 'restore', 'approve', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Reasons a moderator gives, shown to the author in their language (messages `moderation.reasons`). */
export const DECISION_REASONS = ['spam', 'offensive', 'offTopic', 'personalData', 'illegal', 'noViolation', 'other'] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];
export const DECISION_NOTE_MAX = 1000;

export const DecideSchema = z.object({
  moderationId: Id,
  decision: z.enum(DECISIONS),
  reason: z.enum(DECISION_REASONS),
  note: z.string().trim().max(DECISION_NOTE_MAX).default(''),
});
export type DecideInput = z.input<typeof DecideSchema>;

export const QUEUE_TABS = ['open', 'pending', 'hidden', 'kept'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
export const ModerationIdSchema = Id;
