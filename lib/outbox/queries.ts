import 'server-only';
import { db } from '@/lib/db';

export const OUTBOX_PAGE_SIZE = 50;

/**
 * One page of the mail kept in the outbox, newest first. Messages without an organization (sent before one was
 * known, e.g. by scripts) belong to this installation and are shown too; other organizations' mail is not.
 */
export async function findOutboxMessages(organizationId: string, page = 1) {
  const where = { OR: [{ organizationId }, { organizationId: null }] };
  const current = Math.max(1, page);
  const [total, messages] = await Promise.all([
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (current - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, to: true, subject: true, text: true, createdAt: true },
    }),
  ]);
  return { messages, total, page: current, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}
