import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { refuse } from '@/lib/core/refusal';
import type { ModeratedState } from '@/lib/core/resources/moderatable';
import { writeAudit } from '@/lib/audit/write-audit';
import { db } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { TASK } from '@/lib/jobs/task-names';
import { canModerateSpace } from './permissions';
import { type Decision, DecideSchema } from './schema';
import { moderationTarget } from './targets';

type CaseState = 'OPEN' | 'HIDDEN' | 'KEPT';

/**
 * Where each decision may take content from, and where it leaves the content and the case. Hiding works on public
 * or auto-hidden content; restoring on public content (flags dismissed) or hidden content; approving and rejecting
 * only on content waiting under pre-moderation. Anything else is refused, so a forged decision changes nothing.
 */
const TRANSITIONS: Record<Decision, { from: readonly ModeratedState[]; to: ModeratedState; caseState: CaseState }> = {
  hide: { from: ['VISIBLE', 'HIDDEN'], to: 'HIDDEN', caseState: 'HIDDEN' },
  restore: { from: ['VISIBLE', 'HIDDEN'], to: 'VISIBLE', caseState: 'KEPT' },
  approve: { from: ['PENDING'], to: 'VISIBLE', caseState: 'KEPT' },
  reject: { from: ['PENDING'], to: 'HIDDEN', caseState: 'HIDDEN' },
};

/**
 * A moderator decides a case (issue 7): the content moves (hidden, restored, approved, rejected), the case records
 * who decided, when, why and the flags counted so far (later flags count afresh towards hiding it again), the audit
 * log gets the step, and a job tells the author why in their language (./decision-notice.ts). Only moderators of
 * the case's space and organization admins; a case of another organization reads as missing.
 */
export async function decideModeration(actor: Actor, raw: unknown, now = new Date()): Promise<{ state: ModeratedState }> {
  const input = parseInput(DecideSchema, raw);
  return db.$transaction(async (tx) => {
    const [found] = await tx.$queryRaw<{ id: string; spaceId: string; targetType: string; targetId: string; state: CaseState; flagCount: number }[]>`
      SELECT "id", "spaceId", "targetType", "targetId", "state"::text AS "state", "flagCount" FROM "Moderation"
      WHERE "id" = ${input.moderationId} AND "organizationId" = ${actor.organizationId} FOR UPDATE`;
    if (!found) throw new AppError('NOT_FOUND');
    if (!canModerateSpace(actor, found.spaceId)) throw new AppError('FORBIDDEN');
    const target = moderationTarget(found.targetType);
    const content = target ? await target.load(tx, found.targetId) : null;
    if (!target || !content) throw refuse('CONFLICT', 'contentUnavailable');
    const transition = TRANSITIONS[input.decision];
    const allowed = transition.from.includes(content.state) && !(content.deleted && transition.to === 'VISIBLE');
    if (!allowed) throw refuse('CONFLICT', 'decisionNotApplicable');
    await target.setState(tx, found.targetId, content.state, transition.to);
    await tx.moderation.update({
      where: { id: found.id },
      data: {
        state: transition.caseState,
        awaitingApproval: false,
        flagsAtDecision: found.flagCount,
        decidedAt: now,
        decidedById: actor.userId,
        decisionReason: input.reason,
        decisionNote: input.note === '' ? null : input.note,
      },
    });
    await writeAudit(tx, actor, {
      action: `moderation.${input.decision}`,
      targetType: 'Moderation',
      targetId: found.id,
      spaceId: found.spaceId,
      before: { state: content.state, case: found.state },
      after: { state: transition.to, case: transition.caseState, content: { type: found.targetType, id: found.targetId }, reason: input.reason, note: input.note || undefined },
    });
    // The author hears of every decision on their content, except that a case they never saw (flags dismissed on
    // content that stayed public) needs no word.
    if (content.authorId && !content.deleted && content.state !== transition.to) {
      await enqueueJob(tx, TASK.announceModeration, { moderationId: found.id, decision: input.decision, decidedAt: now.toISOString() }, { jobKey: `announce-moderation:${found.id}:${now.getTime()}` });
    }
    return { state: transition.to };
  });
}
