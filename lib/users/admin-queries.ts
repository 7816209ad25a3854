import 'server-only';
import { isPlausibleId } from '@/lib/core/identifiers';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { USERS_PAGE_SIZE, type UserSearch } from './admin-schema';

const spaceRef = { select: { id: true, slug: true, title: true } } as const;

function userSearchWhere(organizationId: string, { q, role }: Pick<UserSearch, 'q' | 'role'>): Prisma.UserWhereInput {
  return {
    organizationId,
    ...(q
      ? {
          OR: [
            { email: { contains: q, mode: 'insensitive' } },
            { displayName: { contains: q, mode: 'insensitive' } },
          ],
        }
      : {}),
    ...(role === 'ADMIN' || role === 'STAFF' ? { orgRoles: { some: { role } } } : {}),
    ...(role === 'SPACE_ROLE' ? { spaceRoles: { some: {} } } : {}),
  };
}

/** One page of the organization's users for the admin list, with their organization and space roles. */
export async function findUsersForAdmin(organizationId: string, search: UserSearch) {
  const where = userSearchWhere(organizationId, search);
  const page = Math.max(1, search.page);
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ email: 'asc' }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        displayName: true,
        blockedAt: true,
        emailVerifiedAt: true,
        createdAt: true,
        orgRoles: { select: { role: true }, orderBy: { role: 'asc' } },
        spaceRoles: { select: { role: true, space: spaceRef }, orderBy: { createdAt: 'asc' } },
      },
    }),
  ]);
  return { users, total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)), pageSize: USERS_PAGE_SIZE };
}

/** One user of the organization with everything the admin detail page shows, or null (also for other orgs' users). */
export async function getUserForAdmin(organizationId: string, userId: string) {
  if (!isPlausibleId(userId)) return null;
  const user = await db.user.findFirst({
    where: { id: userId, organizationId },
    select: {
      id: true,
      email: true,
      displayName: true,
      preferredLocale: true,
      emailVerifiedAt: true,
      blockedAt: true,
      createdAt: true,
      homeArea: { select: { name: true } },
      orgRoles: { select: { role: true, createdAt: true }, orderBy: { role: 'asc' } },
      spaceRoles: { select: { id: true, role: true, createdAt: true, space: spaceRef }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!user) return null;
  const activeSessions = await db.session.count({ where: { userId, revokedAt: null, expiresAt: { gt: new Date() } } });
  return { ...user, activeSessions };
}
