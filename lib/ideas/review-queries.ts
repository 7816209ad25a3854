import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import type { IdeaBaseState } from './states';

/**
 * Officials' reads: the component's ideas table, one idea's review page (private notes and reviews — officials and
 * assigned evaluators only; callers check canReviewIdea first) and an evaluator's own queue. Never used by public
 * pages, the API or public exports.
 */

export const ADMIN_PAGE_SIZE = 50;

export type AdminIdeaFilters = { state: IdeaBaseState | null; areaId: string | null; evaluatorId: string | null; unassigned: boolean; page: number };

function adminWhere(componentId: string, f: AdminIdeaFilters): Prisma.IdeaWhereInput {
  return {
    componentId,
    publishedAt: { not: null },
    ...(f.state ? { state: f.state } : {}),
    ...(f.areaId ? { areaId: f.areaId } : {}),
    ...(f.evaluatorId ? { assignments: { some: { evaluatorId: f.evaluatorId } } } : {}),
    ...(f.unassigned ? { assignments: { none: {} } } : {}),
  };
}

export async function findIdeasForAdmin(componentId: string, filters: AdminIdeaFilters) {
  const where = adminWhere(componentId, filters);
  const [total, ideas] = await Promise.all([
    db.idea.count({ where }),
    db.idea.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true, title: true, state: true, channel: true, supportCount: true, publishedAt: true, moderationState: true,
        area: { select: { name: true } },
        customState: { select: { label: true, colour: true } },
        assignments: { select: { dueDate: true, evaluator: { select: { id: true, displayName: true } } }, orderBy: { createdAt: 'asc' } },
      },
    }),
  ]);
  return { total, ideas };
}

/**
 * The space's evaluators (EVALUATOR role, not blocked), for assignment and the table's filter, grouped by the city's
 * service area they work in (those without one last).
 */
export async function findSpaceEvaluators(spaceId: string) {
  const roles = await db.spaceRole.findMany({
    where: { spaceId, role: 'EVALUATOR', user: { blockedAt: null } },
    select: { user: { select: { id: true, displayName: true, serviceArea: { select: { name: true, position: true } } } } },
    orderBy: { user: { displayName: 'asc' } },
  });
  return roles
    .map((r) => r.user)
    .sort((a, b) => (a.serviceArea?.position ?? Infinity) - (b.serviceArea?.position ?? Infinity) || a.displayName.localeCompare(b.displayName, 'fi'));
}

/** The idea with everything its reviewers work with. The caller has checked canReviewIdea. */
export async function getIdeaForReview(componentId: string, ideaId: string) {
  if (!/^[a-z0-9]{1,40}$/.test(ideaId)) return null;
  return db.idea.findFirst({
    where: { id: ideaId, componentId, publishedAt: { not: null } },
    select: {
      id: true, componentId: true, title: true, body: true, locale: true, state: true, customStateId: true, stateReason: true, answer: true,
      mergedIntoId: true, costEstimate: true, costJustification: true, timeFrame: true, supportCount: true, publishedAt: true,
      channel: true, collectedAt: true, collectedPlace: true, onBehalfName: true, ageGroup: true, locationText: true, latitude: true, longitude: true,
      moderationState: true,
      area: { select: { name: true } },
      theme: { select: { name: true } },
      author: { select: { displayName: true } },
      enteredBy: { select: { displayName: true } },
      customState: { select: { label: true, colour: true } },
      assignments: { orderBy: { createdAt: 'asc' }, select: { dueDate: true, evaluator: { select: { id: true, displayName: true, serviceArea: { select: { name: true } } } } } },
      reviews: { orderBy: { updatedAt: 'desc' }, select: { feasibility: true, costEstimate: true, costJustification: true, timeFrame: true, proposedState: true, proposedAnswer: true, updatedAt: true, evaluator: { select: { id: true, displayName: true } } } },
      notes: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 200, select: { id: true, body: true, createdAt: true, author: { select: { displayName: true } } } },
      changes: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 100, select: { id: true, fromState: true, toState: true, answered: true, createdAt: true, actor: { select: { displayName: true } }, customState: { select: { label: true } } } },
    },
  });
}
export type IdeaForReview = NonNullable<Awaited<ReturnType<typeof getIdeaForReview>>>;

/** Where an idea lives, for the review page's permission check (organization-scoped). */
export async function findIdeaComponentId(organizationId: string, ideaId: string): Promise<string | null> {
  if (!/^[a-z0-9]{1,40}$/.test(ideaId)) return null;
  const idea = await db.idea.findFirst({ where: { id: ideaId, component: { kind: 'ideas', space: { organizationId } } }, select: { componentId: true } });
  return idea?.componentId ?? null;
}

/** An evaluator's queue: the ideas assigned to them in their organization, soonest due first. */
export async function findReviewQueue(actor: Actor) {
  const rows = await db.ideaAssignment.findMany({
    where: { evaluatorId: actor.userId, idea: { publishedAt: { not: null }, component: { archivedAt: null, space: { organizationId: actor.organizationId } } } },
    orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    take: 500,
    select: {
      dueDate: true,
      idea: {
        select: {
          id: true, title: true, state: true,
          customState: { select: { label: true, colour: true } },
          area: { select: { name: true } },
          component: { select: { id: true, spaceId: true, space: { select: { title: true } } } },
          reviews: { where: { evaluatorId: actor.userId }, select: { updatedAt: true } },
        },
      },
    },
  });
  // An evaluator role ended since: the assignment stays for the record but the queue shows only their spaces.
  const evaluatorSpaces = new Set(actor.spaceRoles.filter((r) => r.role === 'EVALUATOR').map((r) => r.spaceId));
  return rows.filter((r) => evaluatorSpaces.has(r.idea.component.spaceId));
}
