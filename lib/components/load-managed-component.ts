import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { ComponentPermission } from '@/lib/core/components/definition';
import { AppError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db';

/**
 * For the writes of a kind: the component re-read inside the caller's transaction, scoped to the actor's
 * organization and to the kind (an id of another municipality or another kind is NOT_FOUND), not archived (an
 * archived component is read-only until restored, ADR 014), and the kind's `manage` permission applied again — so a
 * caller that forgot a check still cannot write. Returns the component with its organization's time zone.
 */
export async function loadManagedComponentOfKind(tx: Tx, actor: Actor, componentId: string, kind: string, manage: ComponentPermission) {
  const component = await tx.component.findFirst({
    where: { id: componentId, kind, archivedAt: null, space: { organizationId: actor.organizationId } },
    select: {
      id: true,
      kind: true,
      name: true,
      isPublished: true,
      spaceId: true,
      space: {
        select: {
          id: true, slug: true, organizationId: true, isPublished: true, isPrivate: true, title: true,
          organization: { select: { timeZone: true } },
        },
      },
    },
  });
  if (!component) throw new AppError('NOT_FOUND', `${kind} component not found`);
  const { space: { organization, ...space }, ...rest } = component;
  if (!manage(actor, { space, component: rest })) throw new AppError('FORBIDDEN');
  return { ...rest, timeZone: organization.timeZone };
}
