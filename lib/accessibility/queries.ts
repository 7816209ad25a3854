import 'server-only';
import { db } from '@/lib/db';

export const FEEDBACK_PAGE_SIZE = 50;

/** Received accessibility feedback, newest first. */
export async function findAccessibilityFeedback(organizationId: string, page = 1) {
  const where = { organizationId };
  const current = Math.max(1, page);
  const [total, items] = await Promise.all([
    db.accessibilityFeedback.count({ where }),
    db.accessibilityFeedback.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (current - 1) * FEEDBACK_PAGE_SIZE,
      take: FEEDBACK_PAGE_SIZE,
      select: { id: true, name: true, email: true, pageUrl: true, message: true, createdAt: true },
    }),
  ]);
  return { items, total, page: current, pageCount: Math.max(1, Math.ceil(total / FEEDBACK_PAGE_SIZE)) };
}

