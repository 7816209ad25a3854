import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { parseInput } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { permissionSubject } from '@/lib/components/context';
import { locales } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { notifyFollowers } from '@/lib/notifications/notify-followers';
import { loadIdeasComponent, loadIdeasComponentFor, lockIdea, refuse } from './load';
import { reviewIdeaPath } from './paths';
import { ideaRef } from './resource';
import { canReviewIdea, ideasPermissions } from './permissions';
import { ideaAssignmentSchema, ideaNoteSchema, ideaReviewSchema, type IdeaAssignmentFormValues, type IdeaNoteFormValues, type IdeaReviewFormValues } from './schema';

/**
 * The official review (arviointi): coordinators assign evaluators — holders of the space's EVALUATOR role — with a
 * due date; evaluators assigned to an idea (and officials) write private notes and their assessment (feasibility,
 * cost, justification, time frame, proposed state and answer). Nothing here is public: a coordinator publishes from
 * it (./decision-mutations.ts). Assignments are audited; notes and reviews are the officials' working papers.
 */

async function publishedIdeaOf(componentId: string, ideaId: string) {
  const idea = await db.idea.findFirst({
    where: { id: ideaId, componentId, publishedAt: { not: null } },
    select: { id: true, assignments: { select: { evaluatorId: true } } },
  });
  if (!idea) throw new AppError('NOT_FOUND', 'idea not found');
  return idea;
}

/** Assigns (or re-dates) an evaluator of the space to the idea. */
export async function assignEvaluator(actor: Actor, componentId: string, ideaId: string, input: IdeaAssignmentFormValues): Promise<void> {
  const found = await loadIdeasComponentFor(actor, componentId, ideasPermissions.manage);
  const data = parseInput(ideaAssignmentSchema, input);
  const assigned = await db.$transaction(async (tx) => {
    const idea = await lockIdea(tx, found.component.id, ideaId);
    if (idea.publishedAt === null) throw new AppError('NOT_FOUND', 'idea not found');
    const evaluator = await tx.spaceRole.findFirst({
      where: { spaceId: found.space.id, role: 'EVALUATOR', userId: data.evaluatorId, user: { organizationId: actor.organizationId, blockedAt: null } },
      select: { userId: true },
    });
    if (!evaluator) throw refuse('INVALID_INPUT', 'ideaNotAnEvaluator', 'evaluatorId');
    const dueDate = data.dueDate ? new Date(`${data.dueDate}T00:00:00Z`) : null;
    const existing = await tx.ideaAssignment.findUnique({ where: { ideaId_evaluatorId: { ideaId: idea.id, evaluatorId: evaluator.userId } }, select: { createdAt: true } });
    const assignment = await tx.ideaAssignment.upsert({
      where: { ideaId_evaluatorId: { ideaId: idea.id, evaluatorId: evaluator.userId } },
      create: { ideaId: idea.id, evaluatorId: evaluator.userId, assignedById: actor.userId, dueDate },
      update: { dueDate, assignedById: actor.userId },
      select: { evaluatorId: true, createdAt: true },
    });
    await writeAudit(tx, actor, { action: 'idea.assign', targetType: 'Idea', targetId: idea.id, spaceId: found.space.id, after: { evaluatorId: evaluator.userId, dueDate: data.dueDate } });
    return { ...assignment, title: idea.title, isNew: !existing };
  });
  if (assigned.isNew) await tellAssignedEvaluator(actor, { ideaId, title: assigned.title, evaluatorId: assigned.evaluatorId, createdAt: assigned.createdAt, dueDate: data.dueDate });
}

/** The evaluator hears of a new assignment at once (in-app, and by mail as they chose), with its due date. */
async function tellAssignedEvaluator(actor: Actor, a: { ideaId: string; title: string; evaluatorId: string; createdAt: Date; dueDate: string | null }) {
  const due = a.dueDate ? new Date(`${a.dueDate}T00:00:00Z`) : null;
  const context = Object.fromEntries(
    locales.map((l) => {
      const t = translatorFor(l, 'ideas');
      return [l, due ? t('review.assignedNoticeDue', { due }) : t('review.assignedNotice')];
    }),
  ) as Record<string, string> & { fi: string };
  await notifyFollowers({
    organizationId: actor.organizationId,
    kind: 'idea_assigned',
    eventKey: `idea_assigned:${a.ideaId}:${a.evaluatorId}:${a.createdAt.getTime()}`,
    resource: ideaRef(a.ideaId),
    followedTargets: [],
    alsoUserIds: [a.evaluatorId],
    exceptUserId: actor.userId,
    data: { title: { fi: a.title }, context, path: reviewIdeaPath(a.ideaId) },
  });
}

export async function unassignEvaluator(actor: Actor, componentId: string, ideaId: string, evaluatorId: string): Promise<void> {
  const found = await loadIdeasComponentFor(actor, componentId, ideasPermissions.manage);
  await db.$transaction(async (tx) => {
    const idea = await lockIdea(tx, found.component.id, ideaId);
    const removed = await tx.ideaAssignment.deleteMany({ where: { ideaId: idea.id, evaluatorId } });
    if (removed.count === 0) throw new AppError('NOT_FOUND', 'assignment not found');
    await writeAudit(tx, actor, { action: 'idea.unassign', targetType: 'Idea', targetId: idea.id, spaceId: found.space.id, before: { evaluatorId } });
  });
}

/** The reviewer may work on this idea: an official, or an evaluator assigned to it. Else it does not exist for them. */
async function loadReviewable(actor: Actor, componentId: string, ideaId: string) {
  const found = await loadIdeasComponent(actor, componentId);
  const idea = await publishedIdeaOf(found.component.id, ideaId);
  if (!canReviewIdea(actor, permissionSubject(found), idea.assignments.map((a) => a.evaluatorId))) throw new AppError('NOT_FOUND', 'idea not found');
  return { found, idea };
}

/** The evaluator's own assessment (one per evaluator and idea), saved again as often as they like. */
export async function saveReview(actor: Actor, componentId: string, ideaId: string, input: IdeaReviewFormValues): Promise<void> {
  const data = parseInput(ideaReviewSchema, input);
  const { idea } = await loadReviewable(actor, componentId, ideaId);
  await db.ideaReview.upsert({
    where: { ideaId_evaluatorId: { ideaId: idea.id, evaluatorId: actor.userId } },
    create: { ideaId: idea.id, evaluatorId: actor.userId, ...data },
    update: data,
  });
}

/** A private note on the idea, for the officials reviewing it. */
export async function addNote(actor: Actor, componentId: string, ideaId: string, input: IdeaNoteFormValues): Promise<{ id: string }> {
  const data = parseInput(ideaNoteSchema, input);
  const { idea } = await loadReviewable(actor, componentId, ideaId);
  return db.ideaNote.create({ data: { ideaId: idea.id, authorId: actor.userId, body: data.body }, select: { id: true } });
}
