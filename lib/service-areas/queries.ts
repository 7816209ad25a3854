import 'server-only';
import { db } from '@/lib/db';

/** The organization's service areas in their order, with how many people belong to each. */
export function findServiceAreas(organizationId: string) {
  return db.serviceArea.findMany({
    where: { organizationId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, _count: { select: { users: true } } },
  });
}
