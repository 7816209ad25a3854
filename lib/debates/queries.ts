import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { isPlausibleId, isPlausibleSlug } from '@/lib/core/identifiers';
import { db } from '@/lib/db';
import { DEBATE_RESOURCE } from './resource';
import { hiddenDebatesWhere, listedDebatesWhere, visibleDebatesWhere } from './visibility';

/**
 * Reads of debates. Public reads put the visibility rule (./visibility.ts) in the WHERE and never filter loaded rows;
 * a list page costs the same few queries (count, page, comment counts) however many debates there are. Admin reads
 * take a component the caller has already loaded within the actor's organization and authorized with `manage`.
 */

export type DebateStateFilter = 'all' | 'open' | 'closed';

const areaSelect = { area: { select: { id: true, slug: true, name: true } } } as const;

const listSelect = {
  id: true,
  title: true,
  isOfficial: true,
  moderationState: true,
  closedAt: true,
  createdAt: true,
  authorId: true,
  author: { select: { displayName: true } },
  areas: { select: areaSelect, orderBy: { area: { slug: 'asc' } } },
} as const satisfies Prisma.DebateSelect;

/** Newest first; the id breaks ties so that pages never repeat or skip a debate (index componentId, createdAt, id). */
const newestOrder = [{ createdAt: 'desc' }, { id: 'desc' }] as const;

function stateWhere(state: DebateStateFilter): Prisma.DebateWhereInput {
  if (state === 'open') return { closedAt: null };
  if (state === 'closed') return { closedAt: { not: null } };
  return {};
}

/** Visible comments per debate from CommentStats, in ONE query for any number of debates. */
export async function commentCountsOf(debateIds: readonly string[]): Promise<Map<string, number>> {
  if (debateIds.length === 0) return new Map();
  const rows = await db.commentStats.findMany({
    where: { resourceType: DEBATE_RESOURCE, resourceId: { in: [...debateIds] } },
    select: { resourceId: true, count: true },
  });
  return new Map(rows.map((r) => [r.resourceId, r.count]));
}

export type DebateListItem = Awaited<ReturnType<typeof findListedDebates>>['debates'][number];

/**
 * One page of a component's public debates, newest first, optionally only open or closed ones or those about one
 * area (by slug), with their total and their visible comment counts: three queries.
 */
export async function findListedDebates(
  actor: Actor | null,
  organizationId: string,
  componentId: string,
  { page, perPage, state = 'all', areaSlug }: { page: number; perPage: number; state?: DebateStateFilter; areaSlug?: string | null },
) {
  const where: Prisma.DebateWhereInput = {
    AND: [
      listedDebatesWhere(actor, organizationId),
      { componentId },
      stateWhere(state),
      areaSlug && isPlausibleSlug(areaSlug) ? { areas: { some: { area: { slug: areaSlug, organizationId } } } } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.debate.count({ where }),
    db.debate.findMany({ where, orderBy: [...newestOrder], skip: (Math.max(1, page) - 1) * perPage, take: perPage, select: listSelect }),
  ]);
  const counts = await commentCountsOf(rows.map((r) => r.id));
  return { total, debates: rows.map((r) => ({ ...r, commentCount: counts.get(r.id) ?? 0 })) };
}

const pageSelect = {
  ...listSelect,
  description: true,
  conclusion: true,
  updatedAt: true,
  componentId: true,
} as const satisfies Prisma.DebateSelect;

export type DebatePageItem = Prisma.DebateGetPayload<{ select: typeof pageSelect }> & { commentCount: number };

/**
 * One debate of a component for its page: `visible` with its content when the actor may see it; `hidden` (no
 * content at all) for a debate a moderator hid, which keeps its page as a placeholder; null when there is nothing the
 * actor may know of (a foreign id, another component's, someone else's pending debate).
 */
export async function getDebateForPage(
  actor: Actor | null,
  organizationId: string,
  componentId: string,
  debateId: string,
): Promise<{ state: 'visible'; debate: DebatePageItem } | { state: 'hidden' } | null> {
  if (!isPlausibleId(debateId)) return null;
  const debate = await db.debate.findFirst({ where: { AND: [visibleDebatesWhere(actor, organizationId), { id: debateId, componentId }] }, select: pageSelect });
  if (debate) {
    const counts = await commentCountsOf([debate.id]);
    return { state: 'visible', debate: { ...debate, commentCount: counts.get(debate.id) ?? 0 } };
  }
  const hidden = await db.debate.count({ where: { AND: [hiddenDebatesWhere(actor, organizationId), { id: debateId, componentId }] } });
  return hidden > 0 ? { state: 'hidden' } : null;
}

/** Comments written on debates in any state (deleted, pending and hidden included), in one query. */
export async function allCommentCountsOf(debateIds: readonly string[]): Promise<Map<string, number>> {
  if (debateIds.length === 0) return new Map();
  const rows = await db.comment.groupBy({ by: ['resourceId'], where: { resourceType: DEBATE_RESOURCE, resourceId: { in: [...debateIds] } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.resourceId, r._count._all]));
}

/**
 * A resident's own debate for their edit form, with what decides whether they may still edit it (comments of any
 * state count: a comment waiting for approval was written too). Null when it is not theirs or not in the component.
 */
export async function getOwnDebate(actor: Actor, componentId: string, debateId: string) {
  if (!isPlausibleId(debateId)) return null;
  const debate = await db.debate.findFirst({
    where: { id: debateId, componentId, authorId: actor.userId },
    select: { id: true, title: true, description: true, isOfficial: true, moderationState: true, closedAt: true, authorId: true, areas: { select: { areaId: true } } },
  });
  if (!debate) return null;
  const counts = await allCommentCountsOf([debate.id]);
  return { ...debate, commentCount: counts.get(debate.id) ?? 0 };
}

const adminSelect = {
  id: true,
  title: true,
  description: true,
  conclusion: true,
  isOfficial: true,
  moderationState: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { displayName: true } },
  areas: { select: { areaId: true } },
} as const satisfies Prisma.DebateSelect;

export type AdminDebate = Prisma.DebateGetPayload<{ select: typeof adminSelect }> & { commentCount: number };

/** Every debate of a component, pending and hidden ones included, newest first, with all their comments counted. */
export async function findDebatesForAdmin(componentId: string): Promise<AdminDebate[]> {
  const rows = await db.debate.findMany({ where: { componentId }, orderBy: [...newestOrder], select: adminSelect });
  const counts = await allCommentCountsOf(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, commentCount: counts.get(r.id) ?? 0 }));
}

export async function getDebateForAdmin(componentId: string, debateId: string): Promise<AdminDebate | null> {
  if (!isPlausibleId(componentId) || !isPlausibleId(debateId)) return null;
  const debate = await db.debate.findFirst({ where: { id: debateId, componentId }, select: adminSelect });
  if (!debate) return null;
  const counts = await allCommentCountsOf([debate.id]);
  return { ...debate, commentCount: counts.get(debate.id) ?? 0 };
}

/** The areas a debate of the space may concern: the space's own, by kind and slug. */
export async function findSpaceAreas(spaceId: string) {
  const rows = await db.spaceArea.findMany({
    where: { spaceId },
    select: { area: { select: { id: true, slug: true, name: true, kind: true } } },
    orderBy: [{ area: { kind: 'asc' } }, { area: { slug: 'asc' } }],
  });
  return rows.map((r) => r.area);
}
