import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/core/errors';
import { loadActorBySession } from '@/lib/auth/current-actor';
import { createSession } from '@/lib/auth/sessions';
import { actorFor, createTestOrganization, createTestUser } from '@/tests/factories/organization-admin';
import { blockUser, grantOrganizationRole, revokeOrganizationRole, unblockUser } from './admin-mutations';
import { findUsersForAdmin, getUserForAdmin } from './admin-queries';

async function auditFor(targetId: string) {
  return db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' } });
}

async function rolesOf(userId: string) {
  return (await db.organizationRole.findMany({ where: { userId }, select: { role: true } })).map((r) => r.role).sort();
}

async function expectAppError(promise: Promise<unknown>, code: AppError['code'], reason?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (reason) expect((error as AppError).fieldErrors?._form).toEqual([reason]);
}

describe('organization roles', () => {
  it('grants and revokes STAFF with an audit record each, and is idempotent', async () => {
    const org = await createTestOrganization('roles');
    const admin = await actorFor((await createTestUser(org.id, { label: 'admin', orgRoles: ['ADMIN'] })).id);
    const target = await createTestUser(org.id, { label: 'resident' });

    expect(await grantOrganizationRole(admin, { userId: target.id, role: 'STAFF' })).toEqual({ changed: true });
    expect(await rolesOf(target.id)).toEqual(['STAFF']);
    expect(await grantOrganizationRole(admin, { userId: target.id, role: 'STAFF' })).toEqual({ changed: false });

    let audit = await auditFor(target.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      organizationId: org.id,
      actorId: admin.userId,
      action: 'user.role_grant',
      targetType: 'User',
      before: { email: target.email, orgRoles: [] },
      after: { email: target.email, orgRoles: ['STAFF'], granted: 'STAFF' },
    });

    expect(await revokeOrganizationRole(admin, { userId: target.id, role: 'STAFF' })).toEqual({ changed: true });
    expect(await rolesOf(target.id)).toEqual([]);
    expect(await revokeOrganizationRole(admin, { userId: target.id, role: 'STAFF' })).toEqual({ changed: false });
    audit = await auditFor(target.id);
    expect(audit.map((a) => a.action)).toEqual(['user.role_grant', 'user.role_revoke']);
    expect(audit[1]).toMatchObject({ before: { orgRoles: ['STAFF'] }, after: { orgRoles: [], revoked: 'STAFF' } });
  });

  it('refuses to remove the last active admin (CONFLICT) and changes nothing', async () => {
    const org = await createTestOrganization('lastadmin');
    const onlyAdmin = await actorFor((await createTestUser(org.id, { label: 'admin', orgRoles: ['ADMIN'] })).id);
    // A blocked admin cannot administer anything, so they do not count as "another admin".
    await createTestUser(org.id, { label: 'blocked-admin', orgRoles: ['ADMIN'], blocked: true });

    await expectAppError(revokeOrganizationRole(onlyAdmin, { userId: onlyAdmin.userId, role: 'ADMIN' }), 'CONFLICT', 'lastAdmin');
    expect(await rolesOf(onlyAdmin.userId)).toEqual(['ADMIN']);
    expect(await auditFor(onlyAdmin.userId)).toHaveLength(0);
  });

  it('lets an admin give up ADMIN when another active admin remains', async () => {
    const org = await createTestOrganization('twoadmins');
    const first = await actorFor((await createTestUser(org.id, { label: 'admin1', orgRoles: ['ADMIN'] })).id);
    const second = await createTestUser(org.id, { label: 'admin2', orgRoles: ['ADMIN'] });

    expect(await revokeOrganizationRole(first, { userId: first.userId, role: 'ADMIN' })).toEqual({ changed: true });
    expect(await rolesOf(first.userId)).toEqual([]);
    // The stale actor object still says ADMIN; the database no longer does, so further changes are refused.
    await expectAppError(grantOrganizationRole(first, { userId: second.id, role: 'STAFF' }), 'FORBIDDEN');
    // …and the remaining admin is now the last one.
    const secondActor = await actorFor(second.id);
    await expectAppError(revokeOrganizationRole(secondActor, { userId: second.id, role: 'ADMIN' }), 'CONFLICT', 'lastAdmin');
  });

  it('keeps one admin when two admins demote each other at the same moment', async () => {
    const org = await createTestOrganization('race');
    const a = await actorFor((await createTestUser(org.id, { label: 'admina', orgRoles: ['ADMIN'] })).id);
    const b = await actorFor((await createTestUser(org.id, { label: 'adminb', orgRoles: ['ADMIN'] })).id);

    const results = await Promise.allSettled([
      revokeOrganizationRole(a, { userId: b.userId, role: 'ADMIN' }),
      revokeOrganizationRole(b, { userId: a.userId, role: 'ADMIN' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const remaining = await db.organizationRole.count({ where: { role: 'ADMIN', user: { organizationId: org.id } } });
    expect(remaining).toBe(1);
  });

  it('does not reach users of another organization (NOT_FOUND)', async () => {
    const orgA = await createTestOrganization('orga');
    const orgB = await createTestOrganization('orgb');
    const adminB = await actorFor((await createTestUser(orgB.id, { label: 'adminb', orgRoles: ['ADMIN'] })).id);
    const userA = await createTestUser(orgA.id, { label: 'usera' });

    await expectAppError(grantOrganizationRole(adminB, { userId: userA.id, role: 'ADMIN' }), 'NOT_FOUND');
    await expectAppError(blockUser(adminB, { userId: userA.id }), 'NOT_FOUND');
    expect(await rolesOf(userA.id)).toEqual([]);
    expect(await getUserForAdmin(orgB.id, userA.id)).toBeNull();
  });
});

describe('blocking', () => {
  it('blocks a user, revokes all their sessions, and unblocks, with audit records', async () => {
    const org = await createTestOrganization('block');
    const admin = await actorFor((await createTestUser(org.id, { label: 'admin', orgRoles: ['ADMIN'] })).id);
    const target = await createTestUser(org.id, { label: 'troll' });
    const phone = await createSession(db, target.id, 'phone');
    const laptop = await createSession(db, target.id, 'laptop');
    expect(await loadActorBySession(phone.id)).not.toBeNull();
    expect((await getUserForAdmin(org.id, target.id))?.activeSessions).toBe(2);

    expect(await blockUser(admin, { userId: target.id })).toEqual({ changed: true, revokedSessions: 2 });
    expect(await loadActorBySession(phone.id)).toBeNull();
    expect(await loadActorBySession(laptop.id)).toBeNull();
    const blocked = await getUserForAdmin(org.id, target.id);
    expect(blocked?.blockedAt).toBeInstanceOf(Date);
    expect(blocked?.activeSessions).toBe(0);
    expect(await blockUser(admin, { userId: target.id })).toEqual({ changed: false, revokedSessions: 0 });

    expect(await unblockUser(admin, { userId: target.id })).toEqual({ changed: true });
    expect((await getUserForAdmin(org.id, target.id))?.blockedAt).toBeNull();
    // Unblocking does not bring old sessions back: the person signs in again.
    expect(await loadActorBySession(phone.id)).toBeNull();

    const audit = await auditFor(target.id);
    expect(audit.map((a) => a.action)).toEqual(['user.block', 'user.unblock']);
    expect(audit[0]?.after).toMatchObject({ email: target.email, revokedSessions: 2 });
    expect(audit[0]?.actorId).toBe(admin.userId);
  });

  it('refuses to block yourself', async () => {
    const org = await createTestOrganization('blockself');
    const admin = await actorFor((await createTestUser(org.id, { label: 'admin', orgRoles: ['ADMIN'] })).id);
    await expectAppError(blockUser(admin, { userId: admin.userId }), 'CONFLICT', 'cannotBlockSelf');
    expect(await loadActorBySession(admin.sessionId)).not.toBeNull();
    expect(await auditFor(admin.userId)).toHaveLength(0);
  });
});

describe('findUsersForAdmin', () => {
  it('searches by email or name, filters by role, and shows space roles with titles', async () => {
    const org = await createTestOrganization('search');
    const staff = await createTestUser(org.id, { label: 'staffer', orgRoles: ['STAFF'] });
    const plain = await createTestUser(org.id, { label: 'plain' });
    await db.user.update({ where: { id: plain.id }, data: { displayName: 'Ölli Mäkinen' } });
    const space = await db.space.create({
      data: { organizationId: org.id, kind: 'PROCESS', slug: `space-${org.slug}`, title: { fi: 'Testitila' }, description: { fi: 'x' } },
    });
    await db.spaceRole.create({ data: { spaceId: space.id, userId: plain.id, role: 'COORDINATOR' } });

    const all = await findUsersForAdmin(org.id, { page: 1 });
    expect(all.total).toBe(2);
    expect(all.users.map((u) => u.email)).toEqual([plain.email, staff.email].sort());

    expect((await findUsersForAdmin(org.id, { q: 'STAFFER', page: 1 })).users.map((u) => u.id)).toEqual([staff.id]);
    expect((await findUsersForAdmin(org.id, { q: 'mäkinen', page: 1 })).users.map((u) => u.id)).toEqual([plain.id]);
    expect((await findUsersForAdmin(org.id, { role: 'STAFF', page: 1 })).users.map((u) => u.id)).toEqual([staff.id]);
    expect((await findUsersForAdmin(org.id, { role: 'ADMIN', page: 1 })).users).toEqual([]);

    const withSpaceRole = await findUsersForAdmin(org.id, { role: 'SPACE_ROLE', page: 1 });
    expect(withSpaceRole.users).toHaveLength(1);
    expect(withSpaceRole.users[0]?.spaceRoles).toEqual([{ role: 'COORDINATOR', space: { id: space.id, slug: space.slug, title: { fi: 'Testitila' } } }]);

    const beyond = await findUsersForAdmin(org.id, { page: 5 });
    expect(beyond.users).toEqual([]);
    expect(beyond.pageCount).toBe(1);
  });

  it('lists the seeded Kuopio users with their roles', async () => {
    const kuopio = await db.organization.findUniqueOrThrow({ where: { slug: 'kuopio' } });
    const result = await findUsersForAdmin(kuopio.id, { q: 'admin@kuopio.example', page: 1 });
    expect(result.users[0]?.orgRoles).toEqual([{ role: 'ADMIN' }]);
  });
});
