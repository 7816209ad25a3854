import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/core/errors';
import { ideaActionAvailability, SUPPORT_ACTION } from './availability';
import { type IdeasComponent, loadIdeasComponent, lockPersonInComponent, refuse } from './load';
import { ideaOpenForSupport } from './permissions';

/**
 * "Kannatan": one support per person per idea — the primary key of IdeaSupport, so parallel clicks leave one row —
 * while the `support` action is open in the phase, on a published, public idea still open, within the component's
 * maximum per person. The idea's count moves only with a row actually added or removed.
 */

function assertSupportOpen(actor: Actor, found: IdeasComponent, now: Date) {
  const availability = ideaActionAvailability(SUPPORT_ACTION, actor, found, found.timeZone, now);
  if (!availability.available) throw refuse('FORBIDDEN', 'ideaSupportClosed');
}

async function loadSupportable(componentId: string, ideaId: string) {
  const idea = await db.idea.findFirst({
    where: { id: ideaId, componentId },
    select: { id: true, authorId: true, publishedAt: true, state: true, moderationState: true },
  });
  if (!idea || idea.publishedAt === null || idea.moderationState === 'HIDDEN') throw new AppError('NOT_FOUND', 'idea not found');
  return idea;
}

export async function supportIdea(actor: Actor, componentId: string, ideaId: string, now = new Date()): Promise<{ supported: true; count: number }> {
  const found = await loadIdeasComponent(actor, componentId);
  assertSupportOpen(actor, found, now);
  const idea = await loadSupportable(found.component.id, ideaId);
  if (!ideaOpenForSupport(idea)) throw refuse('FORBIDDEN', 'ideaNotOpenForSupport');
  return db.$transaction(async (tx) => {
    const max = found.settings.supportsPerPerson;
    if (max > 0) {
      await lockPersonInComponent(tx, 'supports', found.component.id, actor.userId);
      const given = await tx.ideaSupport.count({ where: { componentId: found.component.id, userId: actor.userId } });
      const already = await tx.ideaSupport.count({ where: { ideaId: idea.id, userId: actor.userId } });
      if (already === 0 && given >= max) throw refuse('FORBIDDEN', 'ideaSupportLimitReached', '_form', { max });
    }
    const added = await tx.$executeRaw`
      INSERT INTO "IdeaSupport" ("ideaId", "userId", "componentId", "createdAt")
      VALUES (${idea.id}, ${actor.userId}, ${found.component.id}, ${now})
      ON CONFLICT DO NOTHING`;
    const row = added > 0
      ? await tx.idea.update({ where: { id: idea.id }, data: { supportCount: { increment: 1 } }, select: { supportCount: true } })
      : await tx.idea.findUniqueOrThrow({ where: { id: idea.id }, select: { supportCount: true } });
    return { supported: true as const, count: row.supportCount };
  });
}

/** A support is withdrawable while the phase keeps `support` open. */
export async function withdrawSupport(actor: Actor, componentId: string, ideaId: string, now = new Date()): Promise<{ supported: false; count: number }> {
  const found = await loadIdeasComponent(actor, componentId);
  assertSupportOpen(actor, found, now);
  const idea = await loadSupportable(found.component.id, ideaId);
  return db.$transaction(async (tx) => {
    const removed = await tx.ideaSupport.deleteMany({ where: { ideaId: idea.id, userId: actor.userId } });
    const row = removed.count > 0
      ? await tx.idea.update({ where: { id: idea.id }, data: { supportCount: { decrement: removed.count } }, select: { supportCount: true } })
      : await tx.idea.findUniqueOrThrow({ where: { id: idea.id }, select: { supportCount: true } });
    return { supported: false as const, count: row.supportCount };
  });
}
