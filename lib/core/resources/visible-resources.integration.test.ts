/**
 * One function decides whether an actor may see a resource (issue 6, 1.2): the component published, not archived and
 * readable, the space visible to the actor — private spaces and membership terms included. Checked here for pages in
 * every state against every kind of actor, against the Pages kind's own read permission, and for its cost.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { canReadPages } from '@/lib/pages/permissions';
import { calendarToday } from '@/lib/spaces/membership-term';
import { actorFor, createTestOrganization, createTestUser, uniqueSuffix } from '@/tests/factories/organization-admin';
import { actorWithSpaceRole, createTestSpace } from '@/tests/factories/components';
import { countQueries } from '@/tests/setup/query-count';
import { visibleResources } from './visible-resources';

type Case = { name: string; pageId: string; componentId: string; spaceId: string };
let orgId: string;
let cases: Case[];
let who: Record<string, Actor | null>;

async function pageIn(spaceId: string, component: { isPublished?: boolean; archived?: boolean } = {}) {
  const c = await db.component.create({
    data: { spaceId, kind: 'pages', name: { fi: 'Sivut' }, isPublished: component.isPublished ?? true, archivedAt: component.archived ? new Date() : null },
    select: { id: true },
  });
  const p = await db.page.create({ data: { componentId: c.id, slug: `s-${uniqueSuffix()}`, title: { fi: 'Sivu' }, body: { fi: 'Teksti' } }, select: { id: true } });
  return { pageId: p.id, componentId: c.id, spaceId };
}

beforeAll(async () => {
  const org = await createTestOrganization('resources');
  orgId = org.id;
  const open = await createTestSpace(orgId);
  const privateSpace = await createTestSpace(orgId, { isPrivate: true });
  const draftSpace = await createTestSpace(orgId, { isPublished: false });
  const other = await createTestOrganization('resources-other');
  const otherSpace = await createTestSpace(other.id);
  cases = [
    { name: 'public', ...(await pageIn(open.id)) },
    { name: 'unpublished component', ...(await pageIn(open.id, { isPublished: false })) },
    { name: 'archived component', ...(await pageIn(open.id, { archived: true })) },
    { name: 'private space', ...(await pageIn(privateSpace.id)) },
    { name: 'unpublished space', ...(await pageIn(draftSpace.id)) },
    { name: 'other organization', ...(await pageIn(otherSpace.id)) },
  ];
  const today = calendarToday('Europe/Helsinki');
  const member = await createTestUser(orgId, { label: 'member' });
  await db.spaceMember.create({ data: { spaceId: privateSpace.id, userId: member.id, fullName: 'Jäsen' } });
  const former = await createTestUser(orgId, { label: 'former' });
  await db.spaceMember.create({ data: { spaceId: privateSpace.id, userId: former.id, fullName: 'Entinen', endDate: new Date(today.getTime() - 86_400_000) } });
  who = {
    anonymous: null,
    resident: await actorFor((await createTestUser(orgId, { label: 'resident' })).id),
    member: await actorFor(member.id),
    formerMember: await actorFor(former.id),
    coordinator: await actorWithSpaceRole(orgId, open.id, 'COORDINATOR', 'coordinator'),
    evaluator: await actorWithSpaceRole(orgId, open.id, 'EVALUATOR', 'evaluator'),
    orgAdmin: await actorFor((await createTestUser(orgId, { label: 'admin', orgRoles: ['ADMIN'] })).id),
    otherAdmin: await actorFor((await createTestUser(other.id, { label: 'other-admin', orgRoles: ['ADMIN'] })).id),
  };
});

const visibleNames = async (actor: Actor | null) => {
  const refs = cases.map((c) => ({ type: 'page', id: c.pageId }));
  const visible = new Set((await visibleResources(actor, orgId, refs)).map((r) => r.id));
  return cases.filter((c) => visible.has(c.pageId)).map((c) => c.name);
};

describe('visibleResources', () => {
  it.each([
    ['anonymous', ['public']],
    ['resident', ['public']],
    ['member', ['public', 'private space']],
    ['formerMember', ['public']],
    ['coordinator', ['public', 'unpublished component']],
    ['evaluator', ['public']],
    ['orgAdmin', ['public', 'unpublished component', 'private space', 'unpublished space']],
    // An admin elsewhere is an outsider here: what anyone sees, nothing more.
    ['otherAdmin', ['public']],
  ])('%s sees %j', async (key, expected) => {
    expect(await visibleNames(who[key]!)).toEqual(expected);
  });

  it("agrees with the Pages kind's read permission for every actor and page", async () => {
    for (const [key, actor] of Object.entries(who)) {
      for (const c of cases) {
        const row = await db.component.findUniqueOrThrow({
          where: { id: c.componentId },
          select: { id: true, kind: true, name: true, isPublished: true, spaceId: true, archivedAt: true, space: { select: { id: true, slug: true, organizationId: true, isPublished: true, isPrivate: true, title: true } } },
        });
        const byPermission = row.archivedAt === null && row.space.organizationId === orgId && canReadPages(actor, { component: row, space: row.space });
        const byQuery = (await visibleResources(actor, orgId, [{ type: 'page', id: c.pageId }])).length === 1;
        expect(byQuery, `${key} × ${c.name}`).toBe(byPermission);
      }
    }
  });

  it('ignores unknown types and malformed ids, and keeps the order it was given', async () => {
    const publicPage = cases[0]!.pageId;
    const refs = [{ type: 'nope', id: publicPage }, { type: 'page', id: "x' OR 1=1 --" }, { type: 'page', id: publicPage }, { type: '__proto__', id: publicPage }];
    expect(await visibleResources(null, orgId, refs)).toEqual([{ type: 'page', id: publicPage }]);
  });

  it('runs one query per resource type, however many resources are asked about', async () => {
    const space = await createTestSpace(orgId);
    const many = await Promise.all(Array.from({ length: 40 }, () => pageIn(space.id)));
    const few = many.slice(0, 2).map((c) => ({ type: 'page', id: c.pageId }));
    const all = many.map((c) => ({ type: 'page', id: c.pageId }));
    const costFew = await countQueries(() => visibleResources(who.resident!, orgId, few));
    const costAll = await countQueries(() => visibleResources(who.resident!, orgId, all));
    expect(costFew).toBeGreaterThan(0);
    expect(costAll).toBe(costFew);
  });
});
