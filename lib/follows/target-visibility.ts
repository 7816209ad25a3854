import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { isResourceVisible } from '@/lib/core/resources/visible-resources';
import { visibleSpacesWhere } from '@/lib/spaces/visibility';
import { AREA_TARGET, type FollowTarget, SPACE_TARGET } from './follow-target';

/**
 * Whether the actor may see what they want to follow: a space by the space rule, an area of their organization, a
 * resource by the one resource rule (isResourceVisible). Nobody follows what they cannot see, and an unknown type or
 * id is simply not visible.
 */
export async function isFollowTargetVisible(actor: Actor, target: FollowTarget): Promise<boolean> {
  const organizationId = actor.organizationId;
  if (target.type === SPACE_TARGET) {
    return (await db.space.count({ where: { AND: [{ id: target.id }, visibleSpacesWhere(actor, organizationId)] } })) === 1;
  }
  if (target.type === AREA_TARGET) return (await db.area.count({ where: { id: target.id, organizationId } })) === 1;
  return isResourceVisible(actor, organizationId, target);
}
