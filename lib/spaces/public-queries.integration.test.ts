import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { actorFor, createTestOrganization, createTestUser, uniqueSuffix } from '@/tests/factories/organization-admin';
import { actorWithSpaceRole, createTestSpace } from '@/tests/factories/components';
import { calendarToday } from './membership-term';
import { canViewSpace } from './permissions';
import { findVisibleSpaces, getVisibleSpaceBySlug } from './public-queries';

type Space = Awaited<ReturnType<typeof createTestSpace>>;
let orgId: string;
let s: { open: Space; privateOne: Space; draft: Space; assembly: Space };
let who: { member: Actor; endedMember: Actor; futureMember: Actor; currentTermMember: Actor; coordinator: Actor; orgAdmin: Actor; resident: Actor; outsider: Actor };
let areaSlug: string;

beforeAll(async () => {
  const org = await createTestOrganization('public-spaces');
  orgId = org.id;
  areaSlug = `alue-${uniqueSuffix()}`;
  const area = await db.area.create({ data: { organizationId: orgId, slug: areaSlug, kind: 'NEIGHBOURHOOD', name: { fi: 'Testialue' } } });
  s = {
    open: await createTestSpace(orgId, { phases: 2, activePhase: 1, areaIds: [area.id] }),
    privateOne: await createTestSpace(orgId, { isPrivate: true }),
    draft: await createTestSpace(orgId, { isPublished: false, areaIds: [area.id] }),
    assembly: await createTestSpace(orgId, { kind: 'ASSEMBLY' }),
  };
  const memberUser = await createTestUser(orgId, { label: 'member' });
  await db.spaceMember.create({ data: { spaceId: s.privateOne.id, userId: memberUser.id, fullName: 'Maija Jäsen', position: 'CHAIR' } });
  // Terms are calendar days; the organization's time zone is Europe/Helsinki (the default).
  const today = calendarToday('Europe/Helsinki');
  const dayOffset = (days: number) => new Date(today.getTime() + days * 86_400_000);
  const termMember = async (label: string, startDate: Date | null, endDate: Date | null) => {
    const user = await createTestUser(orgId, { label });
    await db.spaceMember.create({ data: { spaceId: s.privateOne.id, userId: user.id, fullName: label, startDate, endDate } });
    return actorFor(user.id);
  };
  const otherOrg = await createTestOrganization('other-public');
  who = {
    member: await actorFor(memberUser.id),
    endedMember: await termMember('ended-member', dayOffset(-400), dayOffset(-1)),
    futureMember: await termMember('future-member', dayOffset(1), null),
    currentTermMember: await termMember('term-member', dayOffset(-30), today),
    coordinator: await actorWithSpaceRole(orgId, s.draft.id, 'COORDINATOR', 'coordinator'),
    orgAdmin: await actorFor((await createTestUser(orgId, { label: 'admin', orgRoles: ['ADMIN'] })).id),
    resident: await actorFor((await createTestUser(orgId, { label: 'resident' })).id),
    outsider: await actorFor((await createTestUser(otherOrg.id, { label: 'outsider', orgRoles: ['ADMIN'] })).id),
  };
});

const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));

describe('findVisibleSpaces', () => {
  it.each([
    ['anonymous', null, ['open', 'assembly']],
    ['resident', 'resident', ['open', 'assembly']],
    ['member of the private space', 'member', ['open', 'assembly', 'privateOne']],
    ['member whose term ends today', 'currentTermMember', ['open', 'assembly', 'privateOne']],
    ['member whose term has ended', 'endedMember', ['open', 'assembly']],
    ['member whose term has not started', 'futureMember', ['open', 'assembly']],
    ['coordinator of the draft', 'coordinator', ['open', 'assembly', 'draft']],
    ['organization admin', 'orgAdmin', ['open', 'assembly', 'privateOne', 'draft']],
    ['admin of another organization', 'outsider', ['open', 'assembly']],
  ] as const)('shows the %s exactly the spaces they may see', async (_label, key, expected) => {
    const actor = key ? who[key] : null;
    const visible = ids(await findVisibleSpaces(actor, orgId));
    expect(visible).toEqual(new Set(expected.map((k) => s[k].id)));
  });

  it('filters by kind and by area', async () => {
    expect(ids(await findVisibleSpaces(null, orgId, { kind: 'ASSEMBLY' }))).toEqual(new Set([s.assembly.id]));
    expect(ids(await findVisibleSpaces(null, orgId, { areaSlug }))).toEqual(new Set([s.open.id]));
    expect(ids(await findVisibleSpaces(who.orgAdmin, orgId, { areaSlug }))).toEqual(new Set([s.open.id, s.draft.id]));
    expect(await findVisibleSpaces(null, orgId, { areaSlug: 'ei-ole' })).toEqual([]);
  });

  it('lists the active phase and areas', async () => {
    const open = (await findVisibleSpaces(null, orgId)).find((x) => x.id === s.open.id)!;
    expect(open.activePhaseTitle).toEqual({ fi: 'Vaihe 2' });
    expect(open.areas).toEqual([{ slug: areaSlug, name: { fi: 'Testialue' } }]);
  });
});

describe('membership terms', () => {
  it('opens the private space to a member only during the term, in the single check and in lists alike', () => {
    const ref = { id: s.privateOne.id, organizationId: orgId, isPublished: true, isPrivate: true };
    expect(canViewSpace(who.currentTermMember, ref)).toBe(true);
    expect(canViewSpace(who.endedMember, ref)).toBe(false);
    expect(canViewSpace(who.futureMember, ref)).toBe(false);
    expect(who.endedMember.memberSpaceIds).toEqual([]);
  });
});

describe('getVisibleSpaceBySlug', () => {
  it('returns a visible space with its phases in order and members', async () => {
    const open = await getVisibleSpaceBySlug(null, orgId, s.open.slug);
    expect(open?.phases.map((p) => [p.position, p.isActive])).toEqual([
      [0, false],
      [1, true],
    ]);
    const priv = await getVisibleSpaceBySlug(who.member, orgId, s.privateOne.slug);
    // The chair first, then the members (the term members added above) by name.
    expect(priv?.members).toEqual([
      expect.objectContaining({ fullName: 'Maija Jäsen', position: 'CHAIR' }),
      expect.objectContaining({ fullName: 'ended-member', position: 'MEMBER' }),
      expect.objectContaining({ fullName: 'future-member', position: 'MEMBER' }),
      expect.objectContaining({ fullName: 'term-member', position: 'MEMBER' }),
    ]);
  });

  it('hides drafts and private spaces from those who may not see them', async () => {
    expect(await getVisibleSpaceBySlug(null, orgId, s.draft.slug)).toBeNull();
    expect(await getVisibleSpaceBySlug(who.resident, orgId, s.privateOne.slug)).toBeNull();
    expect(await getVisibleSpaceBySlug(who.endedMember, orgId, s.privateOne.slug)).toBeNull();
    expect(await getVisibleSpaceBySlug(who.futureMember, orgId, s.privateOne.slug)).toBeNull();
    expect((await getVisibleSpaceBySlug(who.currentTermMember, orgId, s.privateOne.slug))?.id).toBe(s.privateOne.id);
    expect(await getVisibleSpaceBySlug(who.outsider, orgId, s.draft.slug)).toBeNull();
    expect((await getVisibleSpaceBySlug(who.coordinator, orgId, s.draft.slug))?.isPublished).toBe(false);
    expect(await getVisibleSpaceBySlug(null, orgId, 'ei-ole-olemassa')).toBeNull();
  });
});
