import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { consumeRateLimit } from '@/lib/auth/rate-limit';
import { readCommentSettings, effectiveFlagThreshold } from '@/lib/comments/settings';
import { parseInput } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { isResourceVisible } from '@/lib/core/resources/visible-resources';
import { writeAudit } from '@/lib/audit/write-audit';
import { db } from '@/lib/db';
import { refuse } from '@/lib/core/refusal';
import { FlagSchema } from './schema';
import { moderationTarget } from './targets';

type LockedCase = { id: string; state: 'OPEN' | 'HIDDEN' | 'KEPT'; flagCount: number; flagsAtDecision: number };

/**
 * Flags a comment or a resource (issue 7): anyone signed in who can see it, once per case (the Flag table's primary
 * key), not their own. The case opens (or reopens) in the moderators' queue; when the flags since the last decision
 * reach the component's threshold, the content is hidden at once until a moderator decides. The case row is locked,
 * so flags arriving together are counted one after the other.
 */
export async function flagContent(actor: Actor, raw: unknown): Promise<{ hidden: boolean }> {
  const input = parseInput(FlagSchema, raw);
  const target = moderationTarget(input.targetType);
  const content = target ? await target.load(db, input.targetId) : null;
  if (!target || !content || content.organizationId !== actor.organizationId) throw new AppError('NOT_FOUND');
  if (!(await isResourceVisible(actor, actor.organizationId, content.resource))) throw new AppError('NOT_FOUND');
  if (content.authorId === actor.userId) throw refuse('FORBIDDEN', 'flagOwn');
  if (content.deleted || content.state !== 'VISIBLE') throw refuse('CONFLICT', 'contentUnavailable');
  await consumeRateLimit('flagAccount', actor.userId);
  const [component, organization] = await Promise.all([
    db.component.findUniqueOrThrow({ where: { id: content.componentId }, select: { settings: true } }),
    db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { flagThreshold: true } }),
  ]);
  const threshold = effectiveFlagThreshold(readCommentSettings(component.settings), organization.flagThreshold);

  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "Moderation" ("id", "organizationId", "spaceId", "componentId", "targetType", "targetId", "authorId", "updatedAt")
      VALUES (${crypto.randomUUID().replaceAll('-', '')}, ${actor.organizationId}, ${content.spaceId}, ${content.componentId}, ${input.targetType}, ${input.targetId}, ${content.authorId}, now())
      ON CONFLICT ("targetType", "targetId") DO NOTHING`;
    const [locked] = await tx.$queryRaw<LockedCase[]>`SELECT "id", "state"::text AS "state", "flagCount", "flagsAtDecision" FROM "Moderation"
      WHERE "targetType" = ${input.targetType} AND "targetId" = ${input.targetId} FOR UPDATE`;
    const added = await tx.$executeRaw`INSERT INTO "Flag" ("moderationId", "userId", "reason", "details")
      VALUES (${locked!.id}, ${actor.userId}, ${input.reason}::"FlagReason", ${input.details === '' ? null : input.details})
      ON CONFLICT DO NOTHING`;
    if (added === 0) throw refuse('CONFLICT', 'alreadyFlagged');
    const flagCount = locked!.flagCount + 1;
    // The content as it stands now, under the case's lock: a moderator or another flag may have moved it meanwhile.
    const now = await target.load(tx, input.targetId);
    const hide = !!now && !now.deleted && now.state === 'VISIBLE' && flagCount - locked!.flagsAtDecision >= threshold;
    await tx.moderation.update({ where: { id: locked!.id }, data: { flagCount, state: 'OPEN' } });
    if (hide) {
      await target.setState(tx, input.targetId, 'VISIBLE', 'HIDDEN');
      // The step that hid it is in the log like a moderator's, with the flag that crossed the threshold as its act.
      await writeAudit(tx, actor, {
        action: 'moderation.auto_hide',
        targetType: 'Moderation',
        targetId: locked!.id,
        spaceId: content.spaceId,
        after: { content: { type: input.targetType, id: input.targetId }, flags: flagCount - locked!.flagsAtDecision, threshold },
      });
    }
    return { hidden: hide };
  });
}
