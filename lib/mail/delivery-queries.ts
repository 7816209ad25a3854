import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';

export const DELIVERY_PAGE_SIZE = 50;
export const DELIVERY_STATUSES = ['FAILED', 'PENDING', 'SENT'] as const;
export type DeliveryStatusFilter = (typeof DELIVERY_STATUSES)[number];
/** The list's ?status= filter; anything else shows the failed ones, which is what an admin comes for. */
export const DeliveryStatusSchema = z.enum(DELIVERY_STATUSES).catch('FAILED');

/** How many deliveries of the organization are in each state (all kept records, ADR 023 retention). */
export async function countMailDeliveries(organizationId: string): Promise<Record<DeliveryStatusFilter, number>> {
  const groups = await db.mailDelivery.groupBy({ by: ['status'], where: { organizationId }, _count: { _all: true } });
  const counts: Record<DeliveryStatusFilter, number> = { FAILED: 0, PENDING: 0, SENT: 0 };
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

/**
 * One page of the organization's deliveries in one state, newest first: recipient, kind, attempts and the last
 * error — what admins need to help someone whose mail did not arrive. Never the subject, text or a link.
 */
export async function findMailDeliveries(organizationId: string, status: DeliveryStatusFilter, page = 1) {
  const where = { organizationId, status };
  const current = Math.max(1, page);
  const [total, deliveries] = await Promise.all([
    db.mailDelivery.count({ where }),
    db.mailDelivery.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (current - 1) * DELIVERY_PAGE_SIZE,
      take: DELIVERY_PAGE_SIZE,
      select: { id: true, kind: true, recipient: true, attempts: true, lastError: true, createdAt: true, updatedAt: true, sentAt: true },
    }),
  ]);
  return { deliveries, total, page: current, pageCount: Math.max(1, Math.ceil(total / DELIVERY_PAGE_SIZE)) };
}
