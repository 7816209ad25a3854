import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createTestOrganization, createTestUser } from '@/tests/factories/organization-admin';
import { AuditFilterSchema } from './filter-schema';
import { findAuditFacets, findAuditLogs } from './queries';

const filter = (input: Record<string, unknown> = {}) => AuditFilterSchema.parse(input);

describe('findAuditLogs', () => {
  let orgId: string;
  let otherOrgId: string;
  let alice: { id: string; email: string };
  let bob: { id: string; email: string };
  let spaceId: string;

  beforeAll(async () => {
    const org = await createTestOrganization('audit');
    const other = await createTestOrganization('audit-other');
    orgId = org.id;
    otherOrgId = other.id;
    alice = await createTestUser(orgId, { label: 'alice', orgRoles: ['ADMIN'] });
    bob = await createTestUser(orgId, { label: 'bob', orgRoles: ['ADMIN'] });
    const space = await db.space.create({
      data: { organizationId: orgId, kind: 'PROCESS', slug: `audit-space-${org.slug}`, title: { fi: 'Lokitila', en: 'Log space' }, description: { fi: 'x' } },
    });
    spaceId = space.id;
    const at = (iso: string) => new Date(iso);
    await db.auditLog.createMany({
      data: [
        // 22:30 UTC on 14 Jan is 00:30 on 15 Jan in Helsinki (UTC+2).
        { organizationId: orgId, actorId: alice.id, action: 'area.create', targetType: 'Area', targetId: 'area1', createdAt: at('2026-01-14T22:30:00Z') },
        { organizationId: orgId, actorId: alice.id, action: 'user.role_grant', targetType: 'User', targetId: bob.id, after: { orgRoles: ['STAFF'] }, createdAt: at('2026-01-15T10:00:00Z') },
        { organizationId: orgId, actorId: bob.id, action: 'space.update', targetType: 'Space', targetId: spaceId, spaceId, createdAt: at('2026-01-16T10:00:00Z') },
        { organizationId: orgId, actorId: bob.id, action: 'phase.create', targetType: 'Phase', targetId: 'phase1', spaceId, createdAt: at('2026-01-16T22:30:00Z') },
        { organizationId: otherOrgId, actorId: null, action: 'area.create', targetType: 'Area', targetId: 'x', createdAt: at('2026-01-15T10:00:00Z') },
      ],
    });
  });

  it('lists the organization’s entries newest first, with actor and readable targets', async () => {
    const { entries, total } = await findAuditLogs(orgId, filter());
    expect(total).toBe(4);
    expect(entries.map((e) => e.action)).toEqual(['phase.create', 'space.update', 'user.role_grant', 'area.create']);
    const grant = entries.find((e) => e.action === 'user.role_grant')!;
    expect(grant.actor).toEqual({ id: alice.id, displayName: 'Testi alice', email: alice.email });
    expect(grant.targetUserEmail).toBe(bob.email);
    expect(grant.after).toEqual({ orgRoles: ['STAFF'] });
    const spaceUpdate = entries.find((e) => e.action === 'space.update')!;
    expect(spaceUpdate.targetSpaceTitle).toEqual({ fi: 'Lokitila', en: 'Log space' });
    expect(entries.find((e) => e.action === 'phase.create')?.spaceTitle).toEqual({ fi: 'Lokitila', en: 'Log space' });
  });

  it.each([
    [{ action: 'user.role_grant' }, ['user.role_grant']],
    [{ actorEmail: 'BOB-' }, ['phase.create', 'space.update']],
    [{ targetType: 'Area' }, ['area.create']],
    [{ action: 'idea.answer' }, []],
  ])('filters by %j', async (input, actions) => {
    expect((await findAuditLogs(orgId, filter(input))).entries.map((e) => e.action)).toEqual(actions);
  });

  it('filters by space', async () => {
    expect((await findAuditLogs(orgId, filter({ spaceId }))).entries.map((e) => e.action)).toEqual(['phase.create', 'space.update']);
  });

  it('filters by calendar days in Helsinki, "to" inclusive', async () => {
    const day15 = await findAuditLogs(orgId, filter({ from: '2026-01-15', to: '2026-01-15' }));
    expect(day15.entries.map((e) => e.action)).toEqual(['user.role_grant', 'area.create']);
    const from16 = await findAuditLogs(orgId, filter({ from: '2026-01-16' }));
    // 22:30 UTC on the 16th is 00:30 on the 17th in Helsinki: still "from the 16th".
    expect(from16.entries.map((e) => e.action)).toEqual(['phase.create', 'space.update']);
    const to16 = await findAuditLogs(orgId, filter({ to: '2026-01-16' }));
    expect(to16.entries.map((e) => e.action)).toEqual(['space.update', 'user.role_grant', 'area.create']);
  });

  it('paginates', async () => {
    const page2 = await findAuditLogs(orgId, filter({ page: '2' }));
    expect(page2.entries).toEqual([]);
    expect(page2.total).toBe(4);
    expect(page2.pageCount).toBe(1);
  });

  it('offers the actions and target types that occur, for the filter form', async () => {
    expect(await findAuditFacets(orgId)).toEqual({
      actions: ['area.create', 'phase.create', 'space.update', 'user.role_grant'],
      targetTypes: ['Area', 'Phase', 'Space', 'User'],
    });
  });
});
