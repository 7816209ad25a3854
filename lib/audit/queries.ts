import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AUDIT_PAGE_SIZE, type AuditFilter } from './filter-schema';
import { endOfDayInZone, startOfDayInZone } from './zoned-date';

function auditWhere(organizationId: string, f: AuditFilter, timeZone: string): Prisma.AuditLogWhereInput {
  return {
    organizationId,
    ...(f.action ? { action: f.action } : {}),
    ...(f.actorEmail ? { actor: { email: { contains: f.actorEmail, mode: 'insensitive' } } } : {}),
    ...(f.targetType ? { targetType: f.targetType } : {}),
    ...(f.spaceId ? { spaceId: f.spaceId } : {}),
    ...(f.from || f.to
      ? {
          createdAt: {
            ...(f.from ? { gte: startOfDayInZone(f.from, timeZone) } : {}),
            ...(f.to ? { lt: endOfDayInZone(f.to, timeZone) } : {}),
          },
        }
      : {}),
  };
}

/**
 * One page of the organization's audit log, newest first, with the actor's name and email. Targets that are
 * users or spaces get a readable label (email, space title) looked up in one query each.
 */
export async function findAuditLogs(organizationId: string, filter: AuditFilter, timeZone = 'Europe/Helsinki') {
  const where = auditWhere(organizationId, filter, timeZone);
  const page = Math.max(1, filter.page);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        spaceId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { id: true, displayName: true, email: true } },
      },
    }),
  ]);

  const userIds = [...new Set(rows.filter((r) => r.targetType === 'User' && r.targetId).map((r) => r.targetId!))];
  const spaceIds = [
    ...new Set(rows.flatMap((r) => [r.spaceId, r.targetType === 'Space' ? r.targetId : null]).filter((id): id is string => !!id)),
  ];
  const [users, spaces] = await Promise.all([
    userIds.length
      ? db.user.findMany({ where: { organizationId, id: { in: userIds } }, select: { id: true, email: true } })
      : [],
    spaceIds.length
      ? db.space.findMany({ where: { organizationId, id: { in: spaceIds } }, select: { id: true, title: true } })
      : [],
  ]);
  const userEmail = new Map(users.map((u) => [u.id, u.email]));
  const spaceTitle = new Map(spaces.map((s) => [s.id, s.title]));

  const entries = rows.map((r) => ({
    ...r,
    targetUserEmail: r.targetType === 'User' && r.targetId ? (userEmail.get(r.targetId) ?? null) : null,
    targetSpaceTitle: r.targetType === 'Space' && r.targetId ? (spaceTitle.get(r.targetId) ?? null) : null,
    spaceTitle: r.spaceId ? (spaceTitle.get(r.spaceId) ?? null) : null,
  }));
  return { entries, total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), pageSize: AUDIT_PAGE_SIZE };
}

/** The action codes and target types that occur in the organization's log, for the filter selects. */
export async function findAuditFacets(organizationId: string) {
  const [actions, targetTypes] = await Promise.all([
    db.auditLog.findMany({ where: { organizationId }, distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
    db.auditLog.findMany({
      where: { organizationId },
      distinct: ['targetType'],
      select: { targetType: true },
      orderBy: { targetType: 'asc' },
    }),
  ]);
  return { actions: actions.map((a) => a.action), targetTypes: targetTypes.map((t) => t.targetType) };
}
