import { describe, expect, it } from 'vitest';
import type { OrganizationRoleKind, SpaceRoleKind } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import type { ActionAvailability } from '@/lib/core/components/action-availability';
import { describeCommonComponentPermissions } from '@/tests/factories/component-permission-table';
import {
  canDeleteDebate,
  canEditOwnDebate,
  canManageDebates,
  canModerateDebates,
  canReadDebates,
  canSeeDebateContent,
  canStartDebate,
  type DebateFacts,
} from './permissions';

// Reading and managing the component follow the common rule of Pages and News.
describeCommonComponentPermissions('Debates', 'debates', canReadDebates, canManageDebates);

const SPACE = 'space1';
const ME = 'u1';

function actor({ orgRoles = [], spaceRoles = [], org = 'org1', roleSpace = SPACE }: { orgRoles?: OrganizationRoleKind[]; spaceRoles?: SpaceRoleKind[]; org?: string; roleSpace?: string } = {}): Actor {
  return {
    userId: ME,
    sessionId: 's1',
    organizationId: org,
    email: 'x@example.fi',
    displayName: 'X',
    locale: 'fi',
    orgRoles,
    spaceRoles: spaceRoles.map((role) => ({ spaceId: roleSpace, role })),
    memberSpaceIds: [],
  };
}

const who = {
  anonymous: null,
  resident: actor(),
  evaluator: actor({ spaceRoles: ['EVALUATOR'] }),
  moderator: actor({ spaceRoles: ['MODERATOR'] }),
  coordinator: actor({ spaceRoles: ['COORDINATOR'] }),
  spaceAdmin: actor({ spaceRoles: ['ADMIN'] }),
  orgAdmin: actor({ orgRoles: ['ADMIN'] }),
  coordinatorElsewhere: actor({ spaceRoles: ['COORDINATOR'], roleSpace: 'space2' }),
  moderatorElsewhere: actor({ spaceRoles: ['MODERATOR'], roleSpace: 'space2' }),
  otherOrgModerator: actor({ spaceRoles: ['MODERATOR'], org: 'org2' }),
} satisfies Record<string, Actor | null>;
type Who = keyof typeof who;

const ctx = (componentPublished = true) => ({
  space: { id: SPACE, slug: 's', organizationId: 'org1', isPublished: true, isPrivate: false, title: { fi: 'T' } },
  component: { id: 'c1', kind: 'debates', name: { fi: 'Keskustelu' }, isPublished: componentPublished, spaceId: SPACE },
});

function debate(extra: Partial<DebateFacts> = {}): DebateFacts {
  return { authorId: 'u2', isOfficial: false, moderationState: 'VISIBLE', closedAt: null, commentCount: 0, ...extra };
}

// Moderating (pending and hidden debates): officials and the space's own moderators.
const moderateTable: [Who, boolean][] = [
  ['anonymous', false],
  ['resident', false],
  ['evaluator', false],
  ['moderator', true],
  ['coordinator', true],
  ['spaceAdmin', true],
  ['orgAdmin', true],
  ['coordinatorElsewhere', false],
  ['moderatorElsewhere', false],
  ['otherOrgModerator', false],
];

// Who sees the content of a debate, by its state: public; pending by someone else; pending by the reader; hidden.
const contentTable: [Who, boolean, boolean, boolean, boolean][] = [
  ['anonymous', true, false, false, false],
  ['resident', true, false, true, false],
  ['evaluator', true, false, true, false],
  ['moderator', true, true, true, true],
  ['coordinator', true, true, true, true],
  ['spaceAdmin', true, true, true, true],
  ['orgAdmin', true, true, true, true],
  ['coordinatorElsewhere', true, false, true, false],
  ['moderatorElsewhere', true, false, true, false],
  ['otherOrgModerator', true, false, false, false],
];

describe('Debates: moderating and seeing one debate', () => {
  it.each(moderateTable)('moderate by %s: %s', (w, expected) => {
    expect(canModerateDebates(who[w], ctx())).toBe(expected);
  });

  it.each(contentTable)('content seen by %s: public %s, pending by another %s, own pending %s, hidden %s', (w, pub, pendingOther, pendingOwn, hidden) => {
    expect(canSeeDebateContent(who[w], ctx(), debate())).toBe(pub);
    expect(canSeeDebateContent(who[w], ctx(), debate({ moderationState: 'PENDING' }))).toBe(pendingOther);
    expect(canSeeDebateContent(who[w], ctx(), debate({ moderationState: 'PENDING', authorId: ME }))).toBe(pendingOwn);
    expect(canSeeDebateContent(who[w], ctx(), debate({ moderationState: 'HIDDEN' }))).toBe(hidden);
  });

  it('shows nothing of a component the reader may not open (an unpublished one to a resident), whatever the state', () => {
    for (const state of ['VISIBLE', 'PENDING'] as const) {
      expect(canSeeDebateContent(who.resident, ctx(false), debate({ moderationState: state, authorId: ME }))).toBe(false);
    }
    expect(canSeeDebateContent(who.coordinator, ctx(false), debate({ moderationState: 'HIDDEN' }))).toBe(true);
  });

  it('refuses a component that does not belong to the space it is checked against', () => {
    const foreign = { ...ctx(), component: { ...ctx().component, spaceId: 'space2' } };
    expect(canModerateDebates(who.orgAdmin, foreign)).toBe(false);
    expect(canModerateDebates(who.moderator, foreign)).toBe(false);
  });
});

const open: ActionAvailability = { available: true };
const reasons: ActionAvailability[] = [
  { available: false, reason: 'signInRequired' },
  { available: false, reason: 'closed' },
  { available: false, reason: 'notEnabled' },
  { available: false, reason: 'opensLater' },
  { available: false, reason: 'opensOn', date: new Date('2027-03-01') },
];

describe('Debates: starting a debate', () => {
  it.each(['resident', 'evaluator', 'moderator', 'coordinator', 'orgAdmin', 'coordinatorElsewhere'] as const)(
    '%s may start one where residents may and the action is open',
    (w) => {
      expect(canStartDebate(who[w], ctx(), { allowResidentDebates: true, availability: open })).toBe(true);
    },
  );

  it('nobody may when residents may not start debates, when the action is not open, or anonymously', () => {
    for (const w of Object.keys(who) as Who[]) {
      expect(canStartDebate(who[w], ctx(), { allowResidentDebates: false, availability: open }), w).toBe(false);
      for (const availability of reasons) expect(canStartDebate(who[w], ctx(), { allowResidentDebates: true, availability }), `${w} ${JSON.stringify(availability)}`).toBe(false);
    }
    expect(canStartDebate(null, ctx(), { allowResidentDebates: true, availability: open })).toBe(false);
  });

  it('not in a component the actor may not read', () => {
    expect(canStartDebate(who.resident, ctx(false), { allowResidentDebates: true, availability: open })).toBe(false);
  });
});

describe('Debates: editing one\u2019s own and deleting', () => {
  const own = debate({ authorId: ME });
  const editTable: [Who, boolean][] = [
    ['anonymous', false],
    ['resident', true],
    ['moderator', true],
    ['coordinator', true],
  ];
  it.each(editTable)('%s edits their own open, uncommented debate: %s', (w, expected) => {
    expect(canEditOwnDebate(who[w], ctx(), own)).toBe(expected);
  });

  it('no author edits once someone commented, once it is closed or hidden, nor an official debate; a pending one they may', () => {
    const r = who.resident;
    expect(canEditOwnDebate(r, ctx(), { ...own, commentCount: 1 })).toBe(false);
    expect(canEditOwnDebate(r, ctx(), { ...own, closedAt: new Date() })).toBe(false);
    expect(canEditOwnDebate(r, ctx(), { ...own, moderationState: 'HIDDEN' })).toBe(false);
    expect(canEditOwnDebate(r, ctx(), { ...own, isOfficial: true })).toBe(false);
    expect(canEditOwnDebate(r, ctx(), { ...own, moderationState: 'PENDING' })).toBe(true);
  });

  it('nobody edits someone else\u2019s debate as its author (officials edit from the admin view instead)', () => {
    for (const w of Object.keys(who) as Who[]) expect(canEditOwnDebate(who[w], ctx(), debate()), w).toBe(false);
    expect(canEditOwnDebate(who.resident, ctx(), debate({ authorId: null }))).toBe(false);
  });

  it.each([
    ['anonymous', false],
    ['resident', false],
    ['evaluator', false],
    ['moderator', false],
    ['coordinator', true],
    ['spaceAdmin', true],
    ['orgAdmin', true],
    ['coordinatorElsewhere', false],
  ] as [Who, boolean][])('delete by %s while nobody has commented: %s; never after a comment', (w, expected) => {
    expect(canDeleteDebate(who[w], ctx(), { commentCount: 0 })).toBe(expected);
    expect(canDeleteDebate(who[w], ctx(), { commentCount: 1 })).toBe(false);
    // The author of a resident debate cannot delete it either: comments or not, it is the officials' call.
    expect(canDeleteDebate(who.resident, ctx(), { commentCount: 0 })).toBe(false);
  });
});
