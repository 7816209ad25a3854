import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { Prisma } from '@/generated/prisma/client';
import type { ModeratedContent } from '@/lib/core/resources/moderatable';
import { db } from '@/lib/db';
import { moderatedSpaceIds } from './permissions';
import { FLAG_REASONS, type QueueTab } from './schema';
import { moderationTarget } from './targets';

export const QUEUE_PAGE_SIZE = 20;

/** The cases an actor moderates: the organization's, narrowed to their spaces unless they are an organization admin. */
function scopeWhere(actor: Actor): Prisma.ModerationWhereInput {
  const spaces = moderatedSpaceIds(actor);
  return { organizationId: actor.organizationId, ...(spaces === 'all' ? {} : { spaceId: { in: spaces } }) };
}

function tabWhere(tab: QueueTab): Prisma.ModerationWhereInput {
  switch (tab) {
    case 'open':
      return { state: 'OPEN', awaitingApproval: false };
    case 'pending':
      return { state: 'OPEN', awaitingApproval: true };
    case 'hidden':
      return { state: 'HIDDEN' };
    case 'kept':
      return { state: 'KEPT' };
  }
}

export type QueueItem = {
  id: string;
  targetType: string;
  state: 'OPEN' | 'HIDDEN' | 'KEPT';
  awaitingApproval: boolean;
  flagCount: number;
  flagsSinceDecision: number;
  flagsByReason: Record<(typeof FLAG_REASONS)[number], number>;
  /** What flaggers wrote (without their names). */
  flagDetails: string[];
  decidedAt: Date | null;
  decisionReason: string | null;
  decisionNote: string | null;
  updatedAt: Date;
  spaceTitle: unknown;
  author: { id: string; displayName: string; blocked: boolean } | null;
  content: ModeratedContent | null;
};

/**
 * One page of the moderators' queue (issue 7): cases of the tab in the actor's scope, most recently active first,
 * with the content as it stands, the flags by reason and the author. Also how many cases each tab holds.
 */
export async function listModerationCases(actor: Actor, tab: QueueTab, page: number): Promise<{ items: QueueItem[]; total: number; counts: Record<QueueTab, number> }> {
  const where = { ...scopeWhere(actor), ...tabWhere(tab) };
  const [cases, total, counts] = await Promise.all([
    db.moderation.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        spaceId: true,
        targetType: true,
        targetId: true,
        state: true,
        awaitingApproval: true,
        flagCount: true,
        flagsAtDecision: true,
        decidedAt: true,
        decisionReason: true,
        decisionNote: true,
        updatedAt: true,
        authorId: true,
        flags: { select: { reason: true, details: true }, orderBy: { createdAt: 'asc' } },
      },
    }),
    db.moderation.count({ where }),
    countByTab(actor),
  ]);
  const [authors, spaces, contents] = await Promise.all([
    db.user.findMany({ where: { id: { in: cases.flatMap((c) => (c.authorId ? [c.authorId] : [])) } }, select: { id: true, displayName: true, blockedAt: true } }),
    db.space.findMany({ where: { id: { in: [...new Set(cases.map((c) => c.spaceId))] } }, select: { id: true, title: true } }),
    // At most a page of cases, each loaded by its own type's definition.
    Promise.all(cases.map((c) => moderationTarget(c.targetType)?.load(db, c.targetId) ?? null)),
  ]);
  const authorById = new Map(authors.map((a) => [a.id, a]));
  const spaceById = new Map(spaces.map((s) => [s.id, s.title]));
  const items = cases.map((c, i): QueueItem => {
    const flagsByReason = Object.fromEntries(FLAG_REASONS.map((r) => [r, 0])) as QueueItem['flagsByReason'];
    for (const f of c.flags) flagsByReason[f.reason] += 1;
    const author = c.authorId ? authorById.get(c.authorId) : undefined;
    return {
      id: c.id,
      targetType: c.targetType,
      state: c.state,
      awaitingApproval: c.awaitingApproval,
      flagCount: c.flagCount,
      flagsSinceDecision: c.flagCount - c.flagsAtDecision,
      flagsByReason,
      flagDetails: c.flags.flatMap((f) => (f.details ? [f.details] : [])),
      decidedAt: c.decidedAt,
      decisionReason: c.decisionReason,
      decisionNote: c.decisionNote,
      updatedAt: c.updatedAt,
      spaceTitle: spaceById.get(c.spaceId) ?? null,
      author: author ? { id: author.id, displayName: author.displayName, blocked: author.blockedAt !== null } : null,
      content: contents[i] ?? null,
    };
  });
  return { items, total, counts };
}

async function countByTab(actor: Actor): Promise<Record<QueueTab, number>> {
  const rows = await db.moderation.groupBy({ by: ['state', 'awaitingApproval'], where: scopeWhere(actor), _count: { _all: true } });
  const counts: Record<QueueTab, number> = { open: 0, pending: 0, hidden: 0, kept: 0 };
  for (const row of rows) {
    const tab: QueueTab = row.state === 'OPEN' ? (row.awaitingApproval ? 'pending' : 'open') : row.state === 'HIDDEN' ? 'hidden' : 'kept';
    counts[tab] += row._count._all;
  }
  return counts;
}
