import type { IdeaBaseState } from './states';

/**
 * The colours a state badge may have: a fixed palette, each a Tailwind background/text pair whose contrast passes
 * WCAG AA (4.5:1 for small text), so a coordinator's choice can never make a label unreadable.
 */
export const STATE_COLOURS = {
  grey: 'bg-gray-200 text-gray-900',
  blue: 'bg-blue-100 text-blue-900',
  amber: 'bg-amber-100 text-amber-900',
  green: 'bg-green-100 text-green-900',
  red: 'bg-red-100 text-red-900',
  purple: 'bg-purple-100 text-purple-900',
  teal: 'bg-teal-100 text-teal-900',
} as const;
export type StateColour = keyof typeof STATE_COLOURS;
export const STATE_COLOUR_NAMES = Object.keys(STATE_COLOURS) as StateColour[];

export function isStateColour(value: unknown): value is StateColour {
  return typeof value === 'string' && Object.hasOwn(STATE_COLOURS, value);
}

/** The colour of a base state's own badge (custom states choose theirs). */
export const BASE_STATE_COLOURS: Readonly<Record<IdeaBaseState, StateColour>> = {
  SUBMITTED: 'grey',
  UNDER_REVIEW: 'amber',
  ACCEPTED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'grey',
  MERGED: 'purple',
  PROJECT: 'blue',
  IMPLEMENTED: 'teal',
};
