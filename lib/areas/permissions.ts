import { type Actor, isOrgAdmin } from '@/lib/auth/actor';

/** The fields of an area that access decisions depend on. */
export type AreaAccessRef = { organizationId: string };

/**
 * Areas are organization-wide reference data that every space, budget and statistic hangs on, so only
 * organization admins create, edit and delete them (not space coordinators). Reading areas is public.
 */
export function canManageAreas(actor: Actor | null): boolean {
  return isOrgAdmin(actor);
}

/** Edit or delete one area: an organization admin of the area's own organization. */
export function canManageArea(actor: Actor | null, area: AreaAccessRef): boolean {
  return canManageAreas(actor) && !!actor && actor.organizationId === area.organizationId;
}
