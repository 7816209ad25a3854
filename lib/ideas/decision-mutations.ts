import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { parseInput } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { permissionSubject } from '@/lib/components/context';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { TASK } from '@/lib/jobs/task-names';
import { loadIdeasComponent, loadIdeasComponentFor, lockIdea, type LockedIdea, refuse } from './load';
import { canWithdrawIdea, ideasPermissions } from './permissions';
import { ideaDecisionSchema, type IdeaDecisionFormValues } from './schema';
import { transitionRefusal } from './states';

/**
 * How an idea's public state and answer change: an official's decision (coordinators and space admins publish what
 * evaluators proposed), or the author's withdrawal. Every change is checked against the transition graph
 * (./states.ts) inside the transaction that holds the idea's row lock, recorded in the idea's public history and —
 * for officials — the audit log, and announced to the author, supporters and followers by a job queued in the same
 * transaction (./change-notice.ts).
 */

function isBlank(text: Record<string, string | undefined> | undefined | null): boolean {
  return !text || Object.values(text).every((v) => !v);
}

function snapshot(idea: LockedIdea) {
  return {
    state: idea.state,
    customStateId: idea.customStateId,
    stateReason: idea.stateReason ?? null,
    answer: idea.answer ?? null,
    mergedIntoId: idea.mergedIntoId,
    costEstimate: idea.costEstimate,
    costJustification: idea.costJustification ?? null,
    timeFrame: idea.timeFrame ?? null,
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * An official sets the idea's state (base or custom), its public reason, the answer and the published cost. Refused:
 * a transition outside the graph, a rejection without a reason, a merge without a target of the same component, a
 * custom state of another component or base state, a draft. Nothing changed is nothing recorded.
 */
export async function decideIdea(actor: Actor, componentId: string, ideaId: string, input: IdeaDecisionFormValues, now = new Date()): Promise<{ changed: boolean }> {
  const found = await loadIdeasComponentFor(actor, componentId, ideasPermissions.manage);
  const data = parseInput(ideaDecisionSchema, input);
  return db.$transaction(async (tx) => {
    const idea = await lockIdea(tx, found.component.id, ideaId);
    if (idea.publishedAt === null) throw new AppError('NOT_FOUND', 'idea not found');
    const reason = isBlank(data.reason) ? null : data.reason;
    const answer = isBlank(data.answer) ? null : data.answer;
    const merging = data.state === 'MERGED';
    if (merging && data.mergedIntoId) {
      const target = await tx.idea.findFirst({
        where: { id: data.mergedIntoId, componentId: found.component.id, publishedAt: { not: null }, state: { notIn: ['MERGED', 'WITHDRAWN'] } },
        select: { id: true },
      });
      if (!target || target.id === idea.id) throw refuse('INVALID_INPUT', 'ideaMergeTargetInvalid', 'mergedIntoId');
    }
    const refusal = transitionRefusal(idea.state, data.state, { hasReason: reason !== null, mergeTarget: !!data.mergedIntoId });
    if (refusal) throw refuse('INVALID_INPUT', refusal, refusal === 'ideaTransitionNotAllowed' ? 'state' : refusal === 'ideaReasonRequired' ? 'reason.fi' : 'mergedIntoId');
    if (data.customStateId) {
      const custom = await tx.ideaCustomState.findFirst({ where: { id: data.customStateId, componentId: found.component.id, baseState: data.state }, select: { id: true } });
      if (!custom) throw refuse('INVALID_INPUT', 'ideaCustomStateInvalid', 'customStateId');
    }
    const after = {
      state: data.state,
      customStateId: data.customStateId,
      stateReason: reason,
      answer,
      mergedIntoId: merging ? (data.mergedIntoId ?? idea.mergedIntoId) : null,
      costEstimate: data.costEstimate,
      costJustification: isBlank(data.costJustification) ? null : data.costJustification,
      timeFrame: isBlank(data.timeFrame) ? null : data.timeFrame,
    };
    const before = snapshot(idea);
    const stateChanged = before.state !== after.state || before.customStateId !== after.customStateId;
    const answerChanged = !sameJson(before.answer, after.answer) || !sameJson(before.stateReason, after.stateReason);
    const costChanged = before.costEstimate !== after.costEstimate || !sameJson(before.costJustification, after.costJustification) || !sameJson(before.timeFrame, after.timeFrame);
    if (!stateChanged && !answerChanged && !costChanged) return { changed: false };
    const json = (v: unknown) => (v === null ? Prisma.DbNull : (v as Prisma.InputJsonValue));
    await tx.idea.update({
      where: { id: idea.id },
      data: {
        state: after.state,
        customStateId: after.customStateId,
        mergedIntoId: after.mergedIntoId,
        costEstimate: after.costEstimate,
        stateReason: json(after.stateReason),
        answer: json(after.answer),
        costJustification: json(after.costJustification),
        timeFrame: json(after.timeFrame),
        ...(answerChanged ? { answeredAt: answer ? now : null } : {}),
      },
    });
    if (stateChanged || answerChanged) {
      const change = await tx.ideaStateChange.create({
        data: {
          ideaId: idea.id,
          fromState: idea.state,
          toState: after.state,
          customStateId: after.customStateId,
          reason: after.stateReason ?? undefined,
          answered: answerChanged && answer !== null,
          actorId: actor.userId,
          createdAt: now,
        },
        select: { id: true },
      });
      await enqueueJob(tx, TASK.announceIdeaChange, { changeId: change.id });
    }
    await writeAudit(tx, actor, { action: 'idea.decide', targetType: 'Idea', targetId: idea.id, spaceId: found.space.id, before, after });
    return { changed: true };
  });
}

/** The author withdraws their published idea while it is undecided and the component allows it. Final. */
export async function withdrawIdea(actor: Actor, componentId: string, ideaId: string, now = new Date()): Promise<void> {
  const found = await loadIdeasComponent(actor, componentId);
  await db.$transaction(async (tx) => {
    const idea = await lockIdea(tx, found.component.id, ideaId);
    if (idea.authorId !== actor.userId || idea.publishedAt === null) throw new AppError('NOT_FOUND', 'idea not found');
    if (!canWithdrawIdea(actor, permissionSubject(found), idea, found.settings)) throw refuse('FORBIDDEN', 'ideaNotWithdrawable');
    await tx.idea.update({ where: { id: idea.id }, data: { state: 'WITHDRAWN', customStateId: null } });
    const change = await tx.ideaStateChange.create({
      data: { ideaId: idea.id, fromState: idea.state, toState: 'WITHDRAWN', actorId: actor.userId, createdAt: now },
      select: { id: true },
    });
    await enqueueJob(tx, TASK.announceIdeaChange, { changeId: change.id });
  });
}
