/**
 * The decision table shared by component kinds whose rule is the common one (Pages, News): reading follows the space's
 * visibility and the component's publication (managers also see drafts); managing is managing the space's
 * components. A kind with its own rules writes its own table.
 */
import { describe, expect, it } from 'vitest';
import type { OrganizationRoleKind, SpaceRoleKind } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import type { ComponentPermission } from '@/lib/core/components/definition';

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
function ctx(kind: string, space: SpaceState, componentPublished: boolean, componentSpaceId = SPACE) {
  return {
    space: { id: SPACE, slug: 's', organizationId: 'org1', isPublished: space !== 'draft', isPrivate: space === 'private', title: { fi: 'T' } },
    component: { id: 'c1', kind, name: { fi: kind }, isPublished: componentPublished, spaceId: componentSpaceId },
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

// Managing the kind's content is managing the space's components.
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

/** Defines the describe block for one kind's `read` and `manage` permissions. */
export function describeCommonComponentPermissions(label: string, kind: string, read: ComponentPermission, manage: ComponentPermission): void {
  describe(`${label} permissions`, () => {
    it.each(readTable)('read by %s: public+published %s, public+draft %s, private+published %s, unpublished space %s', (w, pub, draft, priv, unpublishedSpace) => {
      expect(read(who[w], ctx(kind, 'public', true))).toBe(pub);
      expect(read(who[w], ctx(kind, 'public', false))).toBe(draft);
      expect(read(who[w], ctx(kind, 'private', true))).toBe(priv);
      expect(read(who[w], ctx(kind, 'draft', true))).toBe(unpublishedSpace);
    });

    it.each(manageTable)('manage by %s: %s', (w, expected) => {
      for (const state of ['public', 'private', 'draft'] as const) {
        expect(manage(who[w], ctx(kind, state, true))).toBe(expected);
        expect(manage(who[w], ctx(kind, state, false))).toBe(expected);
      }
    });

    it('refuses a component that does not belong to the space it is checked against', () => {
      expect(read(who.orgAdmin, ctx(kind, 'public', true, 'space2'))).toBe(false);
      expect(manage(who.orgAdmin, ctx(kind, 'public', true, 'space2'))).toBe(false);
    });
  });
}
