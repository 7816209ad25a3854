import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';

/**
 * Actions per phase (issue 6, 1.3): each component kind names the actions residents can take (`comment`,
 * `create_idea`, `vote`…; ComponentDefinition.actions), and coordinators switch each one on or off per phase of the
 * process — or once, "always", in a space without phases (a council). Everything is off unless switched on.
 * This module decides, without the database, whether an action is open to an actor now and, when it is not, why:
 * the reason a resident is shown instead of a missing button ("Kommentointi avautuu 1.3.2027").
 */

/** What an actor must be for an action to be offered at all; the kind's permissions still decide each case. */
export type ComponentActionRequirement = 'signedIn';

/** A named thing residents can do in a component (`comment`, `create_idea`, `vote`…), declared by its kind. */
export type ComponentAction = { requires: readonly ComponentActionRequirement[] };

const Switches = z.record(z.string().max(60), z.boolean());
export const ActionSettingsSchema = z.object({
  /** For a space without phases. */
  always: Switches.default({}),
  /** Per phase id. */
  phases: z.record(z.string().max(60), Switches).default({}),
});
export type ActionSettings = z.infer<typeof ActionSettingsSchema>;

/** The stored JSON column read leniently: anything malformed reads as "everything off". */
export function readActionSettings(stored: unknown): ActionSettings {
  const parsed = ActionSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { always: {}, phases: {} };
}

export type PhaseForActions = { id: string; position: number; startDate: Date | null; isActive: boolean };

export type ActionAvailability =
  | { available: true }
  /** Open now, but only to signed-in residents. */
  | { available: false; reason: 'signInRequired' }
  /** A later phase opens it on this date. */
  | { available: false; reason: 'opensOn'; date: Date }
  /** A later phase opens it, on a date not yet set. */
  | { available: false; reason: 'opensLater' }
  /** It was open in an earlier phase and no later phase opens it. */
  | { available: false; reason: 'closed' }
  /** No phase opens it (or the component is archived). */
  | { available: false; reason: 'notEnabled' };

export type ActionAvailabilityInput = {
  action: string;
  /** The kind's declared actions; an undeclared action is never available. */
  actions: Record<string, ComponentAction>;
  settings: ActionSettings;
  phases: readonly PhaseForActions[];
  actor: Actor | null;
  isArchived?: boolean;
  /** Today in the organization's time zone, as the DATE columns hold it (midnight UTC). */
  today: Date;
};

/** Whether the action is switched on right now (the active phase's switch, or "always" without phases). */
export function isActionSwitchedOn(action: string, settings: ActionSettings, phases: readonly PhaseForActions[]): boolean {
  if (phases.length === 0) return settings.always[action] === true;
  const active = phases.find((p) => p.isActive);
  return !!active && settings.phases[active.id]?.[action] === true;
}

export function actionAvailability(input: ActionAvailabilityInput): ActionAvailability {
  const { action, actions, settings, phases, actor, today } = input;
  const declared = actions[action];
  if (!declared || input.isArchived) return { available: false, reason: 'notEnabled' };
  if (!isActionSwitchedOn(action, settings, phases)) return whyNotNow(action, settings, phases, today);
  if (declared.requires.includes('signedIn') && !actor) return { available: false, reason: 'signInRequired' };
  return { available: true };
}

function whyNotNow(action: string, settings: ActionSettings, phases: readonly PhaseForActions[], today: Date): ActionAvailability {
  const on = (p: PhaseForActions) => settings.phases[p.id]?.[action] === true;
  const active = phases.find((p) => p.isActive);
  // Later phases: after the active one, or — with no active phase — those that have not started yet.
  const later = phases.filter((p) =>
    active ? p.position > active.position : p.startDate !== null && p.startDate.getTime() > today.getTime(),
  );
  const opening = later.filter(on).sort((a, b) => a.position - b.position)[0];
  if (opening) return opening.startDate ? { available: false, reason: 'opensOn', date: opening.startDate } : { available: false, reason: 'opensLater' };
  if (phases.some(on)) return { available: false, reason: 'closed' };
  return { available: false, reason: 'notEnabled' };
}
