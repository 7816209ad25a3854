import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { visibleSpacesWhere } from '@/lib/spaces/visibility';

/**
 * What the front page shows: open processes with their active phase, upcoming phases, assemblies and areas.
 * Only published spaces the actor may see — the front page shows no drafts, even to admins, so it looks the same
 * as for residents.
 */
export async function findHomeContent(organizationId: string, actor: Actor | null, today = new Date()) {
  const visible = { AND: [visibleSpacesWhere(actor, organizationId), { isPublished: true }] };
  const [processes, assemblies, areas, upcoming] = await Promise.all([
    db.space.findMany({
      where: { AND: [visible, { kind: 'PROCESS' }, { OR: [{ endDate: null }, { endDate: { gte: today } }] }] },
      select: {
        id: true, slug: true, title: true, subtitle: true, endDate: true, isPrivate: true,
        phases: { where: { isActive: true }, select: { title: true, endDate: true } },
        areas: { select: { area: { select: { slug: true, name: true } } } },
      },
      orderBy: { publishedAt: 'desc' },
      take: 12,
    }),
    db.space.findMany({
      where: { AND: [visible, { kind: 'ASSEMBLY' }] },
      select: { id: true, slug: true, title: true, assemblyType: true },
      orderBy: { slug: 'asc' },
    }),
    db.area.findMany({
      where: { organizationId },
      select: { slug: true, name: true, kind: true },
      orderBy: [{ kind: 'asc' }, { slug: 'asc' }],
    }),
    db.phase.findMany({
      where: { startDate: { gt: today }, space: { AND: [visible, { kind: 'PROCESS' }] } },
      select: { id: true, title: true, startDate: true, space: { select: { slug: true, title: true } } },
      orderBy: { startDate: 'asc' },
      take: 5,
    }),
  ]);
  return { processes, assemblies, areas, upcoming };
}
