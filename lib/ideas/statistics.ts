import 'server-only';
import { db } from '@/lib/db';
import { AGE_GROUPS } from './age-groups';
import { type ShownCount, suppressSmallCounts } from './small-counts';
import { IDEA_BASE_STATES } from './states';

/**
 * "Who has been heard": the component's published ideas by area, age group and channel (online, in person, paper),
 * and by state — four grouped counts, each table with small groups shown as "under 5" (./small-counts.ts). Nothing
 * about any single person is read: age groups were stored on the ideas when submitted.
 */
export type StatisticsTable = { rows: { key: string; label: unknown; count: ShownCount }[]; total: number };

function table(keys: readonly { key: string; label: unknown }[], counts: Map<string, number>): StatisticsTable {
  const values = keys.map((k) => counts.get(k.key) ?? 0);
  const shown = suppressSmallCounts(values);
  return { rows: keys.map((k, i) => ({ ...k, count: shown[i]! })), total: values.reduce((a, b) => a + b, 0) };
}

export async function ideaStatistics(componentId: string, spaceId: string) {
  const where = { componentId, publishedAt: { not: null } };
  const [byArea, byAge, byChannel, byState, areas] = await Promise.all([
    db.idea.groupBy({ by: ['areaId'], where, _count: { _all: true } }),
    db.idea.groupBy({ by: ['ageGroup'], where, _count: { _all: true } }),
    db.idea.groupBy({ by: ['channel'], where, _count: { _all: true } }),
    db.idea.groupBy({ by: ['state'], where, _count: { _all: true } }),
    db.spaceArea.findMany({ where: { spaceId }, select: { area: { select: { id: true, name: true } } }, orderBy: { area: { slug: 'asc' } } }),
  ]);
  const map = <T>(rows: T[], key: (r: T) => string | null, count: (r: T) => number) => new Map(rows.map((r) => [key(r) ?? 'unknown', count(r)]));
  return {
    areas: table(areas.map((a) => ({ key: a.area.id, label: a.area.name })), map(byArea, (r) => r.areaId, (r) => r._count._all)),
    ageGroups: table([...AGE_GROUPS, 'unknown'].map((g) => ({ key: g, label: g })), map(byAge, (r) => r.ageGroup, (r) => r._count._all)),
    channels: table((['ONLINE', 'IN_PERSON', 'PAPER'] as const).map((c) => ({ key: c, label: c })), map(byChannel, (r) => r.channel, (r) => r._count._all)),
    states: table(IDEA_BASE_STATES.map((s) => ({ key: s, label: s })), map(byState, (r) => r.state, (r) => r._count._all)),
  };
}

/**
 * The committee's summary of one area: every published idea by state with its supports, cost estimate and answer,
 * and the estimated costs per state. One query; a print-friendly page shows it.
 */
export async function areaSummary(componentId: string, areaId: string) {
  const ideas = await db.idea.findMany({
    where: { componentId, areaId, publishedAt: { not: null } },
    orderBy: [{ supportCount: 'desc' }, { publishedAt: 'asc' }, { id: 'asc' }],
    select: { id: true, title: true, locale: true, state: true, supportCount: true, costEstimate: true, answer: true, stateReason: true, channel: true, customState: { select: { label: true } } },
  });
  const byState = IDEA_BASE_STATES.map((state) => {
    const items = ideas.filter((i) => i.state === state);
    return { state, ideas: items, cost: items.reduce((sum, i) => sum + (i.costEstimate ?? 0), 0) };
  }).filter((g) => g.ideas.length > 0);
  return { total: ideas.length, byState };
}
