import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { actionAvailability, isActionSwitchedOn, readActionSettings, type PhaseForActions } from './action-availability';

const resident = { userId: 'u1', organizationId: 'o1' } as Actor;
const actions = { comment: { requires: ['signedIn'] as const }, read_aloud: { requires: [] as const } };
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const today = day('2026-12-02');

/** Three phases: ideas (ended), review (active), voting (from 1.3.2027). */
const phases = (active: number | null): PhaseForActions[] => [
  { id: 'p1', position: 0, startDate: day('2026-05-01'), isActive: active === 0 },
  { id: 'p2', position: 1, startDate: day('2026-10-01'), isActive: active === 1 },
  { id: 'p3', position: 2, startDate: day('2027-03-01'), isActive: active === 2 },
];

describe('actionAvailability', () => {
  it('is off unless switched on, and refuses actions the kind does not declare', () => {
    const settings = readActionSettings({ phases: { p2: { vote: true } } });
    expect(actionAvailability({ action: 'comment', actions, settings, phases: phases(1), actor: resident, today })).toEqual({ available: false, reason: 'notEnabled' });
    expect(actionAvailability({ action: 'vote', actions, settings, phases: phases(1), actor: resident, today })).toEqual({ available: false, reason: 'notEnabled' });
  });

  it('opens in the active phase, to signed-in residents when the action requires it', () => {
    const settings = readActionSettings({ phases: { p2: { comment: true, read_aloud: true } } });
    expect(actionAvailability({ action: 'comment', actions, settings, phases: phases(1), actor: resident, today })).toEqual({ available: true });
    expect(actionAvailability({ action: 'comment', actions, settings, phases: phases(1), actor: null, today })).toEqual({ available: false, reason: 'signInRequired' });
    expect(actionAvailability({ action: 'read_aloud', actions, settings, phases: phases(1), actor: null, today })).toEqual({ available: true });
  });

  it('tells when a later phase opens it, or that it has closed', () => {
    const later = readActionSettings({ phases: { p3: { comment: true } } });
    expect(actionAvailability({ action: 'comment', actions, settings: later, phases: phases(1), actor: resident, today })).toEqual({
      available: false,
      reason: 'opensOn',
      date: day('2027-03-01'),
    });
    const undated = phases(1).map((p) => (p.id === 'p3' ? { ...p, startDate: null } : p));
    expect(actionAvailability({ action: 'comment', actions, settings: later, phases: undated, actor: resident, today })).toEqual({ available: false, reason: 'opensLater' });
    const earlier = readActionSettings({ phases: { p1: { comment: true } } });
    expect(actionAvailability({ action: 'comment', actions, settings: earlier, phases: phases(1), actor: resident, today })).toEqual({ available: false, reason: 'closed' });
  });

  it('before the first phase starts (none active), names the first phase that opens it', () => {
    const settings = readActionSettings({ phases: { p1: { comment: true } } });
    const before = phases(null);
    expect(actionAvailability({ action: 'comment', actions, settings, phases: before, actor: resident, today: day('2026-04-01') })).toEqual({
      available: false,
      reason: 'opensOn',
      date: day('2026-05-01'),
    });
    // After every phase has ended and none is active, it is closed.
    expect(actionAvailability({ action: 'comment', actions, settings, phases: before, actor: resident, today: day('2028-01-01') })).toEqual({ available: false, reason: 'closed' });
  });

  it('uses the "always" switch in a space without phases, and nothing in an archived component', () => {
    const settings = readActionSettings({ always: { comment: true } });
    expect(isActionSwitchedOn('comment', settings, [])).toBe(true);
    expect(actionAvailability({ action: 'comment', actions, settings, phases: [], actor: resident, today })).toEqual({ available: true });
    expect(actionAvailability({ action: 'comment', actions, settings, phases: [], actor: resident, today, isArchived: true })).toEqual({ available: false, reason: 'notEnabled' });
    // The "always" switch means nothing once the space has phases.
    expect(isActionSwitchedOn('comment', settings, phases(1))).toBe(false);
  });

  it('reads garbage as everything off', () => {
    expect(readActionSettings('x')).toEqual({ always: {}, phases: {} });
    expect(readActionSettings({ phases: { p1: { comment: 'yes' } } })).toEqual({ always: {}, phases: {} });
  });
});
