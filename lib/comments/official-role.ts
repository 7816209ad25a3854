import type { Actor } from '@/lib/auth/actor';

/**
 * An answer is official when its writer holds a role in the resource's space or is an organization admin (issue
 * 7): the badge names the role. The highest role wins; a resident (or a staff member without a space role) writes
 * as themselves. Stored with the comment as it was when written, so a later change of roles does not rewrite history.
 */
export const OFFICIAL_ROLES = ['ORGANIZATION_ADMIN', 'ADMIN', 'COORDINATOR', 'EVALUATOR', 'MODERATOR'] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

export function officialRoleOf(actor: Actor, spaceId: string): OfficialRole | null {
  if (actor.orgRoles.includes('ADMIN')) return 'ORGANIZATION_ADMIN';
  const held = new Set(actor.spaceRoles.filter((r) => r.spaceId === spaceId).map((r) => r.role));
  return OFFICIAL_ROLES.find((role) => role !== 'ORGANIZATION_ADMIN' && held.has(role)) ?? null;
}

export function isOfficialRole(value: unknown): value is OfficialRole {
  return typeof value === 'string' && (OFFICIAL_ROLES as readonly string[]).includes(value);
}
