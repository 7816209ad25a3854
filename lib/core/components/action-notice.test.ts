import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';
import { locales } from '@/lib/i18n/config';
import { actionNotice } from './action-notice';
import type { ActionAvailability } from './action-availability';

/** Actions the coming kinds declare (discussion, ideas, budgets): each needs its label and every reason's text. */
const PLANNED_ACTIONS = ['comment', 'create_debate', 'create_idea', 'support', 'vote'];
const REASONS: ActionAvailability[] = [
  { available: false, reason: 'signInRequired' },
  { available: false, reason: 'opensOn', date: new Date('2027-03-01T00:00:00Z') },
  { available: false, reason: 'opensLater' },
  { available: false, reason: 'closed' },
  { available: false, reason: 'notEnabled' },
];

describe('actionNotice', () => {
  it('names nothing for an open action and links only the sign-in reason', () => {
    expect(actionNotice('comment', { available: true })).toBeNull();
    expect(actionNotice('comment', REASONS[0]!)).toEqual({ key: 'comment.signIn', signIn: true });
    expect(actionNotice('comment', REASONS[1]!)).toEqual({ key: 'comment.opensOn', date: new Date('2027-03-01T00:00:00Z'), signIn: false });
  });

  it.each(locales)('has a text for every planned action and reason in %s', (locale) => {
    const messages = loadMessages(locale) as { components: { actions: Record<string, Record<string, string>> } };
    for (const action of PLANNED_ACTIONS) {
      expect(messages.components.actions[action]?.label, `${locale} ${action}.label`).toBeTruthy();
      for (const availability of REASONS) {
        const [name, key] = actionNotice(action, availability)!.key.split('.');
        const text = messages.components.actions[name!]?.[key!];
        expect(text, `${locale} ${action}.${key}`).toBeTruthy();
        if (key === 'opensOn') expect(text).toContain('{date}');
      }
    }
  });
});
