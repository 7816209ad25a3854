import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getComponentDefinition } from '@/lib/core/components/registry';
import { getComponentForAdmin } from './queries';
import { permissionSubject } from './context';

/**
 * The component with `componentId` in the actor's organization when the actor may manage it by its kind's own
 * `manage` permission (the rule its server actions apply), else null — for code that serves every kind alike, such as
 * image uploads and the image route. Archived components are read-only (ADR 014), so they are not manageable here.
 */
export async function findManageableComponent(actor: Actor, componentId: string) {
  const found = await getComponentForAdmin(actor.organizationId, componentId);
  if (!found || found.component.archivedAt) return null;
  const definition = getComponentDefinition(found.component.kind);
  return definition?.permissions.manage(actor, permissionSubject(found)) ? found : null;
}
