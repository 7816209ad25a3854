import { actionAvailability, type ActionAvailability, readActionSettings } from '@/lib/core/components/action-availability';
import type { Actor } from '@/lib/auth/actor';
import { calendarToday } from '@/lib/spaces/membership-term';
import type { ComponentWithSpace } from '@/lib/components/queries';

export const CREATE_DEBATE_ACTION = 'create_debate';
export const COMMENT_ACTION = 'comment';

/** The actions of the Debates kind (ADR 025), declared once for the definition and the availability checks. */
export const debateActions = {
  comment: { requires: ['signedIn'] },
  create_debate: { requires: ['signedIn'] },
} as const;

/**
 * Whether `create_debate` is open to the actor now — the same computation the component context (views) and the
 * comment target (lib/comments/comment-target.ts) make: the active phase's switch (or "always" without phases), not
 * archived, signed in; "today" in the organization's time zone. The server action re-checks it before writing.
 */
export function createDebateAvailability(actor: Actor | null, found: ComponentWithSpace, timeZone: string, now = new Date()): ActionAvailability {
  return actionAvailability({
    action: CREATE_DEBATE_ACTION,
    actions: debateActions,
    settings: readActionSettings(found.component.actionSettings),
    phases: found.space.phases,
    actor,
    isArchived: found.component.archivedAt !== null,
    today: calendarToday(timeZone, now),
  });
}
