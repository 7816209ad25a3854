import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { actionAvailability, readActionSettings } from '@/lib/core/components/action-availability';
import { getComponentDefinition } from '@/lib/core/components/registry';
import { getComponentForAdmin } from '@/lib/components/queries';
import { permissionSubject } from '@/lib/components/context';
import { db } from '@/lib/db';
import { calendarToday } from '@/lib/spaces/membership-term';

/**
 * The component when its kind accepts residents' own uploads (`residentUploads` in its definition) and the named
 * action is open to this actor now — the same availability the kind's writes check (ADR 025) — and they may read it;
 * else null. The upload stays unattached (seen by its uploader only) until the resident's own save attaches it.
 */
export async function findComponentOpenToResidentUploads(actor: Actor, componentId: string) {
  const found = await getComponentForAdmin(actor.organizationId, componentId);
  if (!found || found.component.archivedAt) return null;
  const definition = getComponentDefinition(found.component.kind);
  const rule = definition?.residentUploads;
  if (!definition || !rule || !definition.permissions.read(actor, permissionSubject(found))) return null;
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { timeZone: true } });
  const availability = actionAvailability({
    action: rule.whileActionOpen,
    actions: definition.actions,
    settings: readActionSettings(found.component.actionSettings),
    phases: found.space.phases,
    actor,
    isArchived: false,
    today: calendarToday(org.timeZone),
  });
  return availability.available ? found : null;
}
