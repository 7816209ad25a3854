import type { ModerationTargetDefinition } from '@/lib/core/resources/moderatable';
import { publicIdeasPath } from './paths';
import { IDEA_RESOURCE } from './resource';

/**
 * Ideas in the moderators' queue (lib/moderation/, ADR 031): residents flag published ideas; a moderator hides or
 * restores them. Hidden ideas leave lists, the map and the API by the one rule (./visibility.ts); their comments
 * close while they are not public. A draft is never public, so it is never flagged.
 */
export const ideaModerationTarget: ModerationTargetDefinition = {
  load: async (db, id) => {
    const idea = await db.idea.findUnique({
      where: { id },
      select: {
        id: true, title: true, body: true, authorId: true, moderationState: true, componentId: true, publishedAt: true,
        component: { select: { spaceId: true, space: { select: { slug: true, organizationId: true } } } },
      },
    });
    if (!idea || idea.publishedAt === null) return null;
    return {
      organizationId: idea.component.space.organizationId,
      spaceId: idea.component.spaceId,
      componentId: idea.componentId,
      authorId: idea.authorId,
      state: idea.moderationState,
      deleted: false,
      title: { fi: idea.title },
      text: `${idea.title}\n\n${idea.body}`,
      path: publicIdeasPath(idea.component.space.slug, idea.componentId, idea.id),
      resource: { type: IDEA_RESOURCE, id: idea.id },
    };
  },
  setState: async (tx, id, from, to) => {
    if (from !== to) await tx.idea.update({ where: { id }, data: { moderationState: to } });
  },
};
