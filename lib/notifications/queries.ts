import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { visibleResources } from '@/lib/core/resources/visible-resources';
import { db } from '@/lib/db';
import { isNotificationKind, type NotificationKind } from './event-kinds';
import { type NotificationData, readNotificationData } from './notification-data';

export type NotificationItem = { id: string; kind: NotificationKind; data: NotificationData; createdAt: Date; readAt: Date | null };

export const NOTIFICATIONS_PER_PAGE = 30;
/** The header shows "30+" beyond this; counting further would cost more than it tells. */
export const UNREAD_COUNT_CAP = 30;

/**
 * The actor's notifications, newest first, keyset-paged — only those about resources they may still see (content
 * withdrawn or a membership ended since hides them). Scoped to the actor's own rows in the WHERE.
 */
export async function listNotifications(actor: Actor, before?: { createdAt: Date; id: string }): Promise<{ items: NotificationItem[]; next: { createdAt: Date; id: string } | null }> {
  const rows = await db.notification.findMany({
    where: {
      userId: actor.userId,
      organizationId: actor.organizationId,
      ...(before ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] } : {}),
    },
    select: { id: true, kind: true, resourceType: true, resourceId: true, data: true, createdAt: true, readAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: NOTIFICATIONS_PER_PAGE + 1,
  });
  const page = rows.slice(0, NOTIFICATIONS_PER_PAGE);
  const items = await keepVisible(actor, page);
  const last = page[page.length - 1];
  return { items, next: rows.length > NOTIFICATIONS_PER_PAGE && last ? { createdAt: last.createdAt, id: last.id } : null };
}

/** How many unread notifications the actor has about what they may see, up to UNREAD_COUNT_CAP + 1. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  const rows = await db.notification.findMany({
    where: { userId: actor.userId, organizationId: actor.organizationId, readAt: null },
    select: { id: true, kind: true, resourceType: true, resourceId: true, data: true, createdAt: true, readAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: UNREAD_COUNT_CAP + 1,
  });
  return (await keepVisible(actor, rows)).length;
}

type Row = { id: string; kind: string; resourceType: string; resourceId: string; data: unknown; createdAt: Date; readAt: Date | null };

async function keepVisible(actor: Actor, rows: readonly Row[]): Promise<NotificationItem[]> {
  const visible = await visibleResources(actor, actor.organizationId, rows.map((r) => ({ type: r.resourceType, id: r.resourceId })));
  const seen = new Set(visible.map((v) => `${v.type}:${v.id}`));
  return rows.flatMap((r) => {
    const data = readNotificationData(r.data);
    if (!data || !isNotificationKind(r.kind) || !seen.has(`${r.resourceType}:${r.resourceId}`)) return [];
    return [{ id: r.id, kind: r.kind, data, createdAt: r.createdAt, readAt: r.readAt }];
  });
}
