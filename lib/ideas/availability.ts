import { actionAvailability, type ActionAvailability, readActionSettings } from '@/lib/core/components/action-availability';
import type { Actor } from '@/lib/auth/actor';
import { calendarToday } from '@/lib/spaces/membership-term';
import type { ComponentWithSpace } from '@/lib/components/queries';

export const CREATE_IDEA_ACTION = 'create_idea';
export const SUPPORT_ACTION = 'support';
export const COMMENT_ACTION = 'comment';

/** The actions of the Ideas kind (ADR 025), switched per phase by coordinators. */
export const ideaActions = {
  create_idea: { requires: ['signedIn'] },
  support: { requires: ['signedIn'] },
  comment: { requires: ['signedIn'] },
} as const;
export type IdeaAction = keyof typeof ideaActions;

/**
 * Whether `action` is open to the actor now — the computation the component context (views) makes: the active
 * phase's switch (or "always" without phases), not archived, signed in; "today" in the organization's time zone.
 * Every resident write re-checks it.
 */
export function ideaActionAvailability(action: IdeaAction, actor: Actor | null, found: ComponentWithSpace, timeZone: string, now = new Date()): ActionAvailability {
  return actionAvailability({
    action,
    actions: ideaActions,
    settings: readActionSettings(found.component.actionSettings),
    phases: found.space.phases,
    actor,
    isArchived: found.component.archivedAt !== null,
    today: calendarToday(timeZone, now),
  });
}
