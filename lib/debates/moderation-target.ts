import { localize } from '@/lib/core/localized-text';
import type { ModerationTargetDefinition } from '@/lib/core/resources/moderatable';
import { publicDebatesPath } from './paths';
import { DEBATE_RESOURCE } from './resource';

/**
 * Debates in the moderators' queue (lib/moderation/, ADR 031): what a moderator reads of a flagged or pre-moderated
 * debate, and the state a decision sets. Hidden and pending debates are out of lists and the API by the one rule
 * (./visibility.ts); their comments are closed while they are not public (the comments definition).
 */
export const debateModerationTarget: ModerationTargetDefinition = {
  load: async (db, id) => {
    const debate = await db.debate.findUnique({
      where: { id },
      select: {
        id: true, title: true, description: true, authorId: true, componentId: true, moderationState: true,
        component: { select: { spaceId: true, space: { select: { slug: true, organizationId: true } } } },
      },
    });
    if (!debate) return null;
    return {
      organizationId: debate.component.space.organizationId,
      spaceId: debate.component.spaceId,
      componentId: debate.componentId,
      authorId: debate.authorId,
      state: debate.moderationState,
      deleted: false,
      title: debate.title,
      text: `${localize(debate.title, 'fi')}\n\n${localize(debate.description, 'fi')}`,
      path: publicDebatesPath(debate.component.space.slug, debate.componentId, debate.id),
      resource: { type: DEBATE_RESOURCE, id: debate.id },
    };
  },
  setState: async (tx, id, from, to) => {
    if (from !== to) await tx.debate.update({ where: { id }, data: { moderationState: to } });
  },
};
