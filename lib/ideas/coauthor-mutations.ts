import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/core/action-result';
import { AppError, isAppError } from '@/lib/core/errors';
import { consumeRateLimit, RATE_LIMITS } from '@/lib/auth/rate-limit';
import { permissionSubject } from '@/lib/components/context';
import { followAutomatically } from '@/lib/follows/mutations';
import { locales } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { notifyFollowers } from '@/lib/notifications/notify-followers';
import { loadIdeasComponent, lockIdea, refuse } from './load';
import { publicIdeasPath, COAUTHORS_SEGMENT } from './paths';
import { canManageCoauthors, ideaOpenForCoauthors } from './permissions';
import { ideaRef } from './resource';
import { COAUTHORS_MAX, ideaCoauthorInviteSchema } from './schema';

/**
 * Co-authors of a published idea (issue 8): the author invites people by the address they sign in with; an invitation
 * is accepted only by the account signed in with that address, so nobody joins an idea by guessing. The author is
 * told the same thing whether or not the address has an account (no one learns who uses the service); the invited
 * person, when they have one, is notified in their language. Accepted co-authors are shown by display name and may
 * correct the idea like its author; only the author withdraws it and manages the co-authors.
 */

export async function inviteCoauthor(actor: Actor, componentId: string, ideaId: string, input: unknown): Promise<{ id: string }> {
  const found = await loadIdeasComponent(actor, componentId);
  const { email } = parseInput(ideaCoauthorInviteSchema, input);
  if (email === actor.email.toLowerCase()) throw refuse('INVALID_INPUT', 'ideaCoauthorSelf', 'email');
  // Each invitation may notify and mail someone: inviting, cancelling and inviting again must not become a flood.
  try {
    await consumeRateLimit('ideaCoauthorInviteHour', actor.userId);
  } catch (error) {
    if (isAppError(error) && error.code === 'RATE_LIMITED') throw refuse('RATE_LIMITED', 'ideaCoauthorRateLimited', '_form', { max: RATE_LIMITS.ideaCoauthorInviteHour.points });
    throw error;
  }
  const invitation = await db.$transaction(async (tx) => {
    const idea = await lockIdea(tx, found.component.id, ideaId);
    if (idea.authorId !== actor.userId) throw new AppError('NOT_FOUND', 'idea not found');
    if (!canManageCoauthors(actor, permissionSubject(found), idea)) throw refuse('FORBIDDEN', 'ideaCoauthorsClosed');
    if ((await tx.ideaCoauthor.count({ where: { ideaId: idea.id } })) >= COAUTHORS_MAX) throw refuse('CONFLICT', 'ideaCoauthorLimit', '_form', { max: COAUTHORS_MAX });
    // The idea's lock orders parallel invitations, so the unique (idea, address) pair is checked before it could fail.
    if (await tx.ideaCoauthor.findUnique({ where: { ideaId_email: { ideaId: idea.id, email } }, select: { id: true } })) throw refuse('CONFLICT', 'ideaCoauthorAlreadyInvited', 'email');
    return tx.ideaCoauthor.create({ data: { ideaId: idea.id, email }, select: { id: true } });
  });
  await tellInvitedPerson(actor, found.space.slug, found.component.id, ideaId, invitation.id, email);
  return invitation;
}

/** An in-app notification (and mail, as they chose) to the account with the address, if there is one. */
async function tellInvitedPerson(actor: Actor, spaceSlug: string, componentId: string, ideaId: string, invitationId: string, email: string) {
  const invited = await db.user.findFirst({ where: { organizationId: actor.organizationId, email, blockedAt: null }, select: { id: true } });
  const idea = await db.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { title: true } });
  if (!invited) return;
  const context = Object.fromEntries(locales.map((l) => [l, translatorFor(l, 'ideas')('coauthors.invitedNotice', { name: actor.displayName })])) as Record<string, string> & { fi: string };
  await notifyFollowers({
    organizationId: actor.organizationId,
    kind: 'idea_coauthor_invited',
    eventKey: `idea_coauthor_invited:${invitationId}`,
    resource: ideaRef(ideaId),
    followedTargets: [],
    alsoUserIds: [invited.id],
    data: { title: { fi: idea.title }, context, path: publicIdeasPath(spaceSlug, componentId, ideaId, COAUTHORS_SEGMENT) },
  });
}

/** The invited person accepts (joins, and follows the idea) or declines (the invitation is gone) while signed in with the address. */
export async function answerCoauthorInvitation(actor: Actor, componentId: string, ideaId: string, accept: boolean, now = new Date()): Promise<{ accepted: boolean }> {
  const found = await loadIdeasComponent(actor, componentId);
  return db.$transaction(async (tx) => {
    const idea = await lockIdea(tx, found.component.id, ideaId);
    const invitation = await tx.ideaCoauthor.findFirst({ where: { ideaId: idea.id, email: actor.email.toLowerCase(), acceptedAt: null }, select: { id: true } });
    if (!invitation || idea.publishedAt === null) throw new AppError('NOT_FOUND', 'invitation not found');
    if (!accept) {
      await tx.ideaCoauthor.delete({ where: { id: invitation.id } });
      return { accepted: false };
    }
    if (!ideaOpenForCoauthors(idea)) throw refuse('FORBIDDEN', 'ideaCoauthorsClosed');
    await tx.ideaCoauthor.update({ where: { id: invitation.id }, data: { userId: actor.userId, acceptedAt: now } });
    await followAutomatically(tx, actor.userId, ideaRef(idea.id));
    return { accepted: true };
  });
}

/** The author removes a co-author or withdraws an invitation; a co-author leaves (their own row). */
export async function removeCoauthor(actor: Actor, componentId: string, ideaId: string, coauthorId: string): Promise<void> {
  const found = await loadIdeasComponent(actor, componentId);
  await db.$transaction(async (tx) => {
    const idea = await lockIdea(tx, found.component.id, ideaId);
    const row = await tx.ideaCoauthor.findFirst({ where: { id: coauthorId, ideaId: idea.id }, select: { id: true, userId: true } });
    const mayRemove = !!row && (idea.authorId === actor.userId || (row.userId !== null && row.userId === actor.userId));
    if (!mayRemove) throw new AppError('NOT_FOUND', 'co-author not found');
    await tx.ideaCoauthor.delete({ where: { id: row.id } });
  });
}
