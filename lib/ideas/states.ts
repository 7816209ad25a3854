import type { IdeaBaseState } from '@/generated/prisma/enums';

export type { IdeaBaseState };

/** Every base state, in the order lists and statistics show them. */
export const IDEA_BASE_STATES = ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'MERGED', 'PROJECT', 'IMPLEMENTED'] as const satisfies readonly IdeaBaseState[];

export function isIdeaBaseState(value: unknown): value is IdeaBaseState {
  return typeof value === 'string' && (IDEA_BASE_STATES as readonly string[]).includes(value);
}

/**
 * THE transition graph of ideas, as officials (coordinators and space admins) may move them. Documented in
 * docs/decisions/032-ideas.md, drawn for coordinators on the review page from this table, and checked by
 * `transitionRefusal` in every write, so a forged transition is refused whatever a form sent.
 *
 * - Reviewing may start from a submitted idea and ends in accepted, rejected or merged; a rejected or merged idea may
 *   be taken back under review, an accepted one too (before it becomes a project).
 * - "Turned into a project" and "implemented" are set by coordinators for now (participatory budgeting later).
 * - Withdrawn is the author's own move (AUTHOR_TRANSITIONS) and final; implemented is final.
 */
export const OFFICIAL_TRANSITIONS: Readonly<Record<IdeaBaseState, readonly IdeaBaseState[]>> = {
  SUBMITTED: ['UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'MERGED'],
  UNDER_REVIEW: ['ACCEPTED', 'REJECTED', 'MERGED'],
  ACCEPTED: ['UNDER_REVIEW', 'PROJECT', 'MERGED'],
  REJECTED: ['UNDER_REVIEW'],
  MERGED: ['UNDER_REVIEW'],
  PROJECT: ['ACCEPTED', 'IMPLEMENTED'],
  IMPLEMENTED: [],
  WITHDRAWN: [],
};

/** What an idea's author may do: withdraw it while it is not yet decided (and the component allows withdrawing). */
export const AUTHOR_TRANSITIONS: Readonly<Partial<Record<IdeaBaseState, readonly IdeaBaseState[]>>> = {
  SUBMITTED: ['WITHDRAWN'],
  UNDER_REVIEW: ['WITHDRAWN'],
};

/** States that need a written public reason. */
export const REASON_REQUIRED: readonly IdeaBaseState[] = ['REJECTED'];

/** States from which the idea is closed to new supports, edits and the author's withdrawal. */
export const FINAL_STATES: readonly IdeaBaseState[] = ['REJECTED', 'WITHDRAWN', 'MERGED', 'IMPLEMENTED'];

export type TransitionRefusal = 'ideaTransitionNotAllowed' | 'ideaReasonRequired' | 'ideaMergeTargetRequired';

/**
 * Why an official may not move an idea from `from` to `to` (null: allowed). Staying in the same base state is allowed
 * (a custom state of the same base, or a new answer without a state change).
 */
export function transitionRefusal(from: IdeaBaseState, to: IdeaBaseState, facts: { hasReason: boolean; mergeTarget: boolean }): TransitionRefusal | null {
  if (from !== to && !OFFICIAL_TRANSITIONS[from].includes(to)) return 'ideaTransitionNotAllowed';
  if (REASON_REQUIRED.includes(to) && !facts.hasReason) return 'ideaReasonRequired';
  if (to === 'MERGED' && from !== 'MERGED' && !facts.mergeTarget) return 'ideaMergeTargetRequired';
  return null;
}

/** The states an official can choose for an idea in `from`, the current one first (for the form and the drawing). */
export function officialTargets(from: IdeaBaseState): IdeaBaseState[] {
  return [from, ...OFFICIAL_TRANSITIONS[from]];
}

export function authorMayWithdraw(from: IdeaBaseState): boolean {
  return AUTHOR_TRANSITIONS[from]?.includes('WITHDRAWN') ?? false;
}
