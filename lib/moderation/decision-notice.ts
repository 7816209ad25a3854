import 'server-only';
import { z } from 'zod';
import { asLocalizedText } from '@/lib/core/localized-text';
import { db } from '@/lib/db';
import { locales } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { notifyFollowers } from '@/lib/notifications/notify-followers';
import { DECISIONS, DECISION_REASONS } from './schema';
import { moderationTarget } from './targets';

const Payload = z.object({
  moderationId: z.string().regex(/^[a-z0-9]{1,40}$/),
  decision: z.enum(DECISIONS),
  decidedAt: z.string().datetime(),
});

/**
 * The announce-moderation task: tells the author of moderated content what was decided and why, in-app and by mail
 * as they chose (content_moderated). The sentence is stored in every language, so each reads it in theirs; the
 * moderator's own note follows as written. The case is read again, so a decision replaced meanwhile is not told.
 */
export async function announceModeration(payload: unknown): Promise<{ notified: number; mailed: number } | null> {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) return null;
  const found = await db.moderation.findUnique({
    where: { id: parsed.data.moderationId },
    select: { id: true, organizationId: true, targetType: true, targetId: true, authorId: true, decidedAt: true, decisionReason: true, decisionNote: true },
  });
  if (!found?.authorId || found.decidedAt?.toISOString() !== parsed.data.decidedAt) return null;
  const content = await moderationTarget(found.targetType)?.load(db, found.targetId);
  if (!content) return null;
  const reason = (DECISION_REASONS as readonly string[]).includes(found.decisionReason ?? '') ? found.decisionReason! : 'other';
  const context = Object.fromEntries(
    locales.map((locale) => {
      const t = translatorFor(locale, 'moderation');
      const kind = found.targetType === 'comment' ? 'comment' : 'content';
      const sentence = t(`notice.${kind}.${parsed.data.decision}`, { reason: t(`reasons.${reason}`) });
      return [locale, found.decisionNote ? `${sentence} ${t('notice.note', { note: found.decisionNote })}` : sentence];
    }),
  ) as Record<string, string> & { fi: string };
  return notifyFollowers({
    organizationId: found.organizationId,
    kind: 'content_moderated',
    eventKey: `content_moderated:${found.id}:${parsed.data.decidedAt}`,
    resource: content.resource,
    followedTargets: [],
    alsoUserIds: [found.authorId],
    toAuthorOnly: true,
    data: { title: { fi: '', ...asLocalizedText(content.title) }, context, path: content.path },
  });
}
