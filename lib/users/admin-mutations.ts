import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { revokeAllSessions } from '@/lib/auth/sessions';
import { AppError, isUniqueViolation } from '@/lib/core/errors';
import { writeAudit } from '@/lib/audit/write-audit';
import type { OrganizationRoleChange, UserRef } from './admin-schema';

/**
 * Account administration by organization admins. Each change locks the organization row first: two admins
 * demoting or blocking each other at the same moment would otherwise both pass the "another admin remains"
 * check and leave the organization without an admin. After the lock the actor's own admin status is checked
 * again, because the other transaction may just have removed it.
 */
async function lockOrganizationAsAdmin(tx: Tx, actor: Actor) {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${actor.organizationId} FOR UPDATE`;
  const stillAdmin = await tx.user.count({
    where: { id: actor.userId, organizationId: actor.organizationId, blockedAt: null, orgRoles: { some: { role: 'ADMIN' } } },
  });
  if (stillAdmin === 0) throw new AppError('FORBIDDEN');
}

async function loadTarget(tx: Tx, actor: Actor, userId: string) {
  const user = await tx.user.findFirst({
    where: { id: userId, organizationId: actor.organizationId },
    select: { id: true, email: true, blockedAt: true, orgRoles: { select: { role: true } } },
  });
  if (!user) throw new AppError('NOT_FOUND');
  return { ...user, roles: user.orgRoles.map((r) => r.role).sort() };
}

export type ChangeResult = { changed: boolean };

export async function grantOrganizationRole(actor: Actor, { userId, role }: OrganizationRoleChange): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    await lockOrganizationAsAdmin(tx, actor);
    const target = await loadTarget(tx, actor, userId);
    if (target.roles.includes(role)) return { changed: false };
    try {
      await tx.organizationRole.create({ data: { userId: target.id, role } });
    } catch (error) {
      if (isUniqueViolation(error)) return { changed: false };
      throw error;
    }
    await writeAudit(tx, actor, {
      action: 'user.role_grant',
      targetType: 'User',
      targetId: target.id,
      before: { email: target.email, orgRoles: target.roles },
      after: { email: target.email, orgRoles: [...target.roles, role].sort(), granted: role },
    });
    return { changed: true };
  });
}

/** Revokes an organization role; the last active admin cannot lose ADMIN (nobody could then administer the site). */
export async function revokeOrganizationRole(actor: Actor, { userId, role }: OrganizationRoleChange): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    await lockOrganizationAsAdmin(tx, actor);
    const target = await loadTarget(tx, actor, userId);
    if (!target.roles.includes(role)) return { changed: false };
    if (role === 'ADMIN') {
      const otherAdmins = await tx.organizationRole.count({
        where: { role: 'ADMIN', userId: { not: target.id }, user: { organizationId: actor.organizationId, blockedAt: null } },
      });
      if (otherAdmins === 0) throw new AppError('CONFLICT', 'the last admin cannot be removed', { _form: ['lastAdmin'] });
    }
    await tx.organizationRole.deleteMany({ where: { userId: target.id, role } });
    await writeAudit(tx, actor, {
      action: 'user.role_revoke',
      targetType: 'User',
      targetId: target.id,
      before: { email: target.email, orgRoles: target.roles },
      after: { email: target.email, orgRoles: target.roles.filter((r) => r !== role), revoked: role },
    });
    return { changed: true };
  });
}

/** Blocks sign-in and signs the user out everywhere at once (sessions are checked on every request). */
export async function blockUser(actor: Actor, { userId }: UserRef): Promise<ChangeResult & { revokedSessions: number }> {
  if (userId === actor.userId) throw new AppError('CONFLICT', 'cannot block yourself', { _form: ['cannotBlockSelf'] });
  return db.$transaction(async (tx) => {
    await lockOrganizationAsAdmin(tx, actor);
    const target = await loadTarget(tx, actor, userId);
    if (target.blockedAt) return { changed: false, revokedSessions: 0 };
    const blockedAt = new Date();
    await tx.user.update({ where: { id: target.id }, data: { blockedAt } });
    const revokedSessions = await revokeAllSessions(tx, target.id);
    await writeAudit(tx, actor, {
      action: 'user.block',
      targetType: 'User',
      targetId: target.id,
      before: { email: target.email, blockedAt: null },
      after: { email: target.email, blockedAt, revokedSessions },
    });
    return { changed: true, revokedSessions };
  });
}

export async function unblockUser(actor: Actor, { userId }: UserRef): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    await lockOrganizationAsAdmin(tx, actor);
    const target = await loadTarget(tx, actor, userId);
    if (!target.blockedAt) return { changed: false };
    await tx.user.update({ where: { id: target.id }, data: { blockedAt: null } });
    await writeAudit(tx, actor, {
      action: 'user.unblock',
      targetType: 'User',
      targetId: target.id,
      before: { email: target.email, blockedAt: target.blockedAt },
      after: { email: target.email, blockedAt: null },
    });
    return { changed: true };
  });
}
