import 'server-only';
import { z } from 'zod';
import { asLocalizedText } from '@/lib/core/localized-text';
import { db } from '@/lib/db';
import { locales } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { notifyFollowers } from '@/lib/notifications/notify-followers';
import { publicIdeasPath } from './paths';
import { ideaRef } from './resource';

const Payload = z.object({ changeId: z.string().regex(/^[a-z0-9]{1,40}$/) });

/**
 * The announce-idea-change task: closes the loop. The idea's author, its supporters and its followers are told in
 * their own language (the sentence is built in every language) that its state changed or the city answered —
 * in-app, and by mail as each chose for `idea_answered`. Never the official who made the change, never anyone who
 * may no longer see the idea (notifyFollowers checks). Safe to run twice: one notification per person and change.
 */
export async function announceIdeaChange(payload: unknown): Promise<{ notified: number; mailed: number } | null> {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) return null;
  const change = await db.ideaStateChange.findUnique({
    where: { id: parsed.data.changeId },
    select: {
      id: true,
      toState: true,
      answered: true,
      actorId: true,
      customState: { select: { label: true } },
      idea: {
        select: {
          id: true, title: true, authorId: true, componentId: true, publishedAt: true,
          component: { select: { space: { select: { slug: true, organizationId: true } } } },
        },
      },
    },
  });
  if (!change || change.idea.publishedAt === null) return null;
  const { idea } = change;
  const supporters = await db.ideaSupport.findMany({ where: { ideaId: idea.id }, select: { userId: true } });
  const context = Object.fromEntries(
    locales.map((locale) => {
      const t = translatorFor(locale, 'ideas');
      const custom = change.customState ? asLocalizedText(change.customState.label) : null;
      const label = custom?.[locale] || custom?.fi || t(`states.${change.toState}`);
      return [locale, t(change.answered ? 'notice.answered' : 'notice.stateChanged', { state: label })];
    }),
  ) as Record<string, string> & { fi: string };
  const ref = ideaRef(idea.id);
  return notifyFollowers({
    organizationId: idea.component.space.organizationId,
    kind: 'idea_answered',
    eventKey: `idea_answered:${change.id}`,
    resource: ref,
    followedTargets: [ref],
    alsoUserIds: [idea.authorId, ...supporters.map((s) => s.userId)],
    exceptUserId: change.actorId,
    data: { title: { fi: idea.title }, context, path: publicIdeasPath(idea.component.space.slug, idea.componentId, idea.id) },
  });
}
