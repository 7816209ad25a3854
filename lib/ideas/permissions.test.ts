import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { canEditOwnIdea, canManageCoauthors, canWithdrawIdea, type IdeaFacts } from './permissions';

/**
 * The author's and co-authors' part of the Ideas permission table (the officials' part follows the common component
 * rule and is exercised by lib/ideas/ideas.integration.test.ts): who may correct, withdraw and manage co-authors.
 */
function person(userId: string): Actor {
  return { userId, sessionId: 's', organizationId: 'org1', email: `${userId}@example.fi`, displayName: userId, locale: 'fi', orgRoles: [], spaceRoles: [], memberSpaceIds: [] };
}
const ctx = {
  space: { id: 'space1', slug: 's', organizationId: 'org1', isPublished: true, isPrivate: false, title: { fi: 'T' } },
  component: { id: 'c1', kind: 'ideas', name: { fi: 'Ideat' }, isPublished: true, spaceId: 'space1' },
};
const settings = { allowEditAfterPublish: true, allowWithdraw: true };
const idea = (facts: Partial<IdeaFacts> = {}): IdeaFacts => ({ authorId: 'author', coauthorIds: ['co'], publishedAt: new Date(), state: 'SUBMITTED', moderationState: 'VISIBLE', ...facts });

describe('the author and co-authors of an idea', () => {
  // [who, idea, may edit, may withdraw, may manage co-authors]
  const table: [string, IdeaFacts, boolean, boolean, boolean][] = [
    ['author', idea(), true, true, true],
    ['co', idea(), true, false, false],
    ['stranger', idea(), false, false, false],
    // A draft is its author's alone: a co-author row on it grants nothing.
    ['author', idea({ publishedAt: null }), true, false, false],
    ['co', idea({ publishedAt: null }), false, false, false],
    // Once reviewed, nobody corrects it; the author may still withdraw while it is under review.
    ['author', idea({ state: 'UNDER_REVIEW' }), false, true, true],
    ['co', idea({ state: 'UNDER_REVIEW' }), false, false, false],
    ['author', idea({ state: 'WITHDRAWN' }), false, false, false],
    // Hidden by a moderator: no corrections, no new co-authors.
    ['author', idea({ moderationState: 'HIDDEN' }), false, true, false],
    ['co', idea({ moderationState: 'HIDDEN' }), false, false, false],
  ];
  it.each(table)('%s on %j: edit %s, withdraw %s, co-authors %s', (who, facts, edit, withdraw, manage) => {
    const actor = person(who);
    expect(canEditOwnIdea(actor, ctx, facts, settings)).toBe(edit);
    expect(canWithdrawIdea(actor, ctx, facts, settings)).toBe(withdraw);
    expect(canManageCoauthors(actor, ctx, facts)).toBe(manage);
  });

  it('refuses corrections after publication where the component does not allow them, to co-authors too', () => {
    for (const who of ['author', 'co']) expect(canEditOwnIdea(person(who), ctx, idea(), { allowEditAfterPublish: false })).toBe(false);
    expect(canEditOwnIdea(null, ctx, idea(), settings)).toBe(false);
  });
});
