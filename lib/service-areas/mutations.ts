import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { parseInput } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { encodeMessage } from '@/lib/core/validation-message';
import { canManageServiceAreas } from './permissions';
import { serviceAreaInputSchema, type ServiceAreaFormValues, userServiceAreaSchema, type UserServiceAreaFormValues } from './schema';

/**
 * The city's service areas (palvelualueet) and who works in which: organization admins only, audited. Removing an
 * area leaves its people without one (the foreign key sets null).
 */
function authorize(actor: Actor) {
  if (!canManageServiceAreas(actor)) throw new AppError('FORBIDDEN');
}

export async function createServiceArea(actor: Actor, input: ServiceAreaFormValues): Promise<{ id: string }> {
  authorize(actor);
  const data = parseInput(serviceAreaInputSchema, input);
  return db.$transaction(async (tx) => {
    const last = await tx.serviceArea.aggregate({ where: { organizationId: actor.organizationId }, _max: { position: true } });
    const area = await tx.serviceArea.create({ data: { organizationId: actor.organizationId, name: data.name, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
    await writeAudit(tx, actor, { action: 'service_area.create', targetType: 'ServiceArea', targetId: area.id, after: data });
    return area;
  });
}

export async function deleteServiceArea(actor: Actor, id: string): Promise<void> {
  authorize(actor);
  await db.$transaction(async (tx) => {
    const area = await tx.serviceArea.findFirst({ where: { id, organizationId: actor.organizationId }, select: { id: true, name: true } });
    if (!area) throw new AppError('NOT_FOUND');
    await tx.serviceArea.delete({ where: { id: area.id } });
    await writeAudit(tx, actor, { action: 'service_area.delete', targetType: 'ServiceArea', targetId: area.id, before: { name: area.name } });
  });
}

export async function setUserServiceArea(actor: Actor, userId: string, input: UserServiceAreaFormValues): Promise<void> {
  authorize(actor);
  const data = parseInput(userServiceAreaSchema, input);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, organizationId: actor.organizationId }, select: { id: true, serviceAreaId: true } });
    if (!user) throw new AppError('NOT_FOUND');
    if (data.serviceAreaId) {
      const area = await tx.serviceArea.count({ where: { id: data.serviceAreaId, organizationId: actor.organizationId } });
      if (area === 0) throw new AppError('INVALID_INPUT', 'unknown service area', { serviceAreaId: [encodeMessage('serviceAreaUnknown')] });
    }
    await tx.user.update({ where: { id: user.id }, data: { serviceAreaId: data.serviceAreaId } });
    await writeAudit(tx, actor, { action: 'user.set_service_area', targetType: 'User', targetId: user.id, before: { serviceAreaId: user.serviceAreaId }, after: data });
  });
}
