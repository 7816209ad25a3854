import { z } from '@/lib/core/zod';

export const ORGANIZATION_ROLES = ['ADMIN', 'STAFF'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/** Role filter of the user list: an organization role, or "has any role in some space". */
export const USER_ROLE_FILTERS = ['ADMIN', 'STAFF', 'SPACE_ROLE'] as const;
export type UserRoleFilter = (typeof USER_ROLE_FILTERS)[number];

export const USERS_PAGE_SIZE = 50;

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** Query-string filters of /admin/users; values come from the URL, so anything may arrive. */
export const UserSearchSchema = z.object({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
  role: z.preprocess(emptyToUndefined, z.enum(USER_ROLE_FILTERS).optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});
export type UserSearch = z.output<typeof UserSearchSchema>;

const userId = z.string().trim().min(1).max(64);

export const OrganizationRoleChangeSchema = z.object({ userId, role: z.enum(ORGANIZATION_ROLES) });
export type OrganizationRoleChange = z.output<typeof OrganizationRoleChangeSchema>;

export const UserRefSchema = z.object({ userId });
export type UserRef = z.output<typeof UserRefSchema>;
