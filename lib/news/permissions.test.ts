import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import type { OrganizationRoleKind, SpaceRoleKind } from '@/generated/prisma/enums';
import { canManageNews, canReadNews } from './permissions';

const SPACE = 'space1';

function actor({ orgRoles = [], spaceRoles = [], member = false, org = 'org1', roleSpace = SPACE }: {
  orgRoles?: OrganizationRoleKind[]; spaceRoles?: SpaceRoleKind[]; member?: boolean; org?: string; roleSpace?: string;
} = {}): Actor {
  return {
    userId: 'u1',
    sessionId: 's1',
    organizationId: org,
    email: 'x@example.fi',
    displayName: 'X',
    locale: 'fi',
    orgRoles,
    spaceRoles: spaceRoles.map((role) => ({ spaceId: roleSpace, role })),
    memberSpaceIds: member ? [SPACE] : [],
  };
}

const who = {
  anonymous: null,
  resident: actor(),
  member: actor({ member: true }),
  staff: actor({ orgRoles: ['STAFF'] }),
  evaluator: actor({ spaceRoles: ['EVALUATOR'] }),
  moderator: actor({ spaceRoles: ['MODERATOR'] }),
  coordinator: actor({ spaceRoles: ['COORDINATOR'] }),
  spaceAdmin: actor({ spaceRoles: ['ADMIN'] }),
  coordinatorElsewhere: actor({ spaceRoles: ['COORDINATOR'], roleSpace: 'space2' }),
  orgAdmin: actor({ orgRoles: ['ADMIN'] }),
  otherOrgAdmin: actor({ orgRoles: ['ADMIN'], org: 'org2' }),
} satisfies Record<string, Actor | null>;
type Who = keyof typeof who;

type SpaceState = 'public' | 'private' | 'draft';
function ctx(space: SpaceState, componentPublished: boolean, componentSpaceId = SPACE) {
  return {
    space: { id: SPACE, slug: 's', organizationId: 'org1', isPublished: space !== 'draft', isPrivate: space === 'private', title: { fi: 'T' } },
    component: { id: 'c1', kind: 'news', name: { fi: 'Tiedotus' }, isPublished: componentPublished, spaceId: componentSpaceId },
  };
}

// Readers: whoever sees the space, when the component is published; managers of the space also see drafts.
// Columns: public space + published component, public + draft component, private + published, unpublished space + published.
const readTable: [Who, boolean, boolean, boolean, boolean][] = [
  ['anonymous', true, false, false, false],
  ['resident', true, false, false, false],
  ['member', true, false, true, false],
  ['staff', true, false, false, false],
  ['evaluator', true, false, true, true],
  ['moderator', true, false, true, true],
  ['coordinator', true, true, true, true],
  ['spaceAdmin', true, true, true, true],
  ['coordinatorElsewhere', true, false, false, false],
  ['orgAdmin', true, true, true, true],
  ['otherOrgAdmin', true, false, false, false],
];

// Managing news (write, schedule, pin, unpublish, delete drafts) is managing the space's components.
const manageTable: [Who, boolean][] = [
  ['anonymous', false],
  ['resident', false],
  ['member', false],
  ['staff', false],
  ['evaluator', false],
  ['moderator', false],
  ['coordinator', true],
  ['spaceAdmin', true],
  ['coordinatorElsewhere', false],
  ['orgAdmin', true],
  ['otherOrgAdmin', false],
];

describe('News permissions', () => {
  it.each(readTable)('read by %s: public+published %s, public+draft %s, private+published %s, unpublished space %s', (w, pub, draft, priv, unpublishedSpace) => {
    expect(canReadNews(who[w], ctx('public', true))).toBe(pub);
    expect(canReadNews(who[w], ctx('public', false))).toBe(draft);
    expect(canReadNews(who[w], ctx('private', true))).toBe(priv);
    expect(canReadNews(who[w], ctx('draft', true))).toBe(unpublishedSpace);
  });

  it.each(manageTable)('manage by %s: %s', (w, expected) => {
    for (const state of ['public', 'private', 'draft'] as const) {
      expect(canManageNews(who[w], ctx(state, true))).toBe(expected);
      expect(canManageNews(who[w], ctx(state, false))).toBe(expected);
    }
  });

  it('refuses a component that does not belong to the space it is checked against', () => {
    expect(canReadNews(who.orgAdmin, ctx('public', true, 'space2'))).toBe(false);
    expect(canManageNews(who.orgAdmin, ctx('public', true, 'space2'))).toBe(false);
  });
});
