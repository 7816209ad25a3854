import { type Actor, hasSpaceRole, isOrgAdmin } from '@/lib/auth/actor';

/** The fields of a space that access decisions depend on. */
export type SpaceAccessRef = { id: string; organizationId: string; isPublished: boolean; isPrivate: boolean };

function sameOrganization(actor: Actor | null, space: SpaceAccessRef): actor is Actor {
  return !!actor && actor.organizationId === space.organizationId;
}

/** Org admins and every role holder of the space may see it even unpublished (to prepare it). */
function isSpaceStaff(actor: Actor | null, space: SpaceAccessRef): boolean {
  return sameOrganization(actor, space) && (isOrgAdmin(actor) || hasSpaceRole(actor, space.id, ['ADMIN', 'COORDINATOR', 'EVALUATOR', 'MODERATOR']));
}

export function canViewSpace(actor: Actor | null, space: SpaceAccessRef): boolean {
  if (isSpaceStaff(actor, space)) return true;
  if (!space.isPublished) return false;
  if (!space.isPrivate) return true;
  return sameOrganization(actor, space) && actor.memberSpaceIds.includes(space.id);
}

export function canCreateSpace(actor: Actor | null): boolean {
  return isOrgAdmin(actor);
}

export function canDeleteSpace(actor: Actor | null, space: SpaceAccessRef): boolean {
  return sameOrganization(actor, space) && isOrgAdmin(actor);
}

/** Open the space's admin screens (read-only for evaluators and moderators). */
export function canViewSpaceAdmin(actor: Actor | null, space: SpaceAccessRef): boolean {
  return isSpaceStaff(actor, space);
}

/** Edit title, description, areas, dates, phases, and members without an account (see canManageSpaceMember). */
export function canUpdateSpace(actor: Actor | null, space: SpaceAccessRef): boolean {
  return sameOrganization(actor, space) && (isOrgAdmin(actor) || hasSpaceRole(actor, space.id, ['ADMIN', 'COORDINATOR']));
}

/** Publishing and making private are decisions of the space admin (not the coordinator). */
export function canPublishSpace(actor: Actor | null, space: SpaceAccessRef): boolean {
  return sameOrganization(actor, space) && (isOrgAdmin(actor) || hasSpaceRole(actor, space.id, ['ADMIN']));
}

/** Grant and revoke roles, and see the email addresses of role holders and members (others see names only). */
export function canManageSpaceRoles(actor: Actor | null, space: SpaceAccessRef): boolean {
  return canPublishSpace(actor, space);
}

/**
 * Add, change or remove one listed member. A member with an account may see the space while it is private, so
 * linking an account — and changing or removing a membership that has one — grants or withdraws access: that is
 * the space admins' decision, like roles. Coordinators keep the public roster of members without accounts.
 */
export function canManageSpaceMember(actor: Actor | null, space: SpaceAccessRef, member: { hasAccount: boolean }): boolean {
  return canUpdateSpace(actor, space) && (!member.hasAccount || canManageSpaceRoles(actor, space));
}

export function canManageComponents(actor: Actor | null, space: SpaceAccessRef): boolean {
  return canUpdateSpace(actor, space);
}
