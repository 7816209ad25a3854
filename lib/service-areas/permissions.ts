import { type Actor, isOrgAdmin } from '@/lib/auth/actor';

/** The city's service areas and officials' membership in them are organization-wide settings: admins only. */
export function canManageServiceAreas(actor: Actor | null): boolean {
  return isOrgAdmin(actor);
}
