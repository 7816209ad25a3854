import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { readNotificationData } from './notification-data';

/** Marks one of the actor's notifications read and returns where it points, or null when it is not theirs. */
export async function openNotification(actor: Actor, id: string): Promise<string | null> {
  const row = await db.notification.findFirst({ where: { id, userId: actor.userId, organizationId: actor.organizationId }, select: { id: true, data: true, readAt: true } });
  if (!row) return null;
  if (!row.readAt) await db.notification.update({ where: { id: row.id }, data: { readAt: new Date() } });
  return readNotificationData(row.data)?.path ?? null;
}

export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId: actor.userId, organizationId: actor.organizationId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
