import { type Actor, isStaff } from '@/lib/auth/actor';

/**
 * Who has the ideas desk (/admin/ideas): evaluators (their queue), staff (in-person entry) and space admins and
 * coordinators (both). Each page and action behind it checks its own permission again.
 */
export function canUseIdeasDesk(actor: Actor | null): boolean {
  if (!actor) return false;
  return isStaff(actor) || actor.spaceRoles.some((r) => r.role === 'EVALUATOR' || r.role === 'COORDINATOR' || r.role === 'ADMIN');
}
