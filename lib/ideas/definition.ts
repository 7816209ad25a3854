import { defineComponent } from '@/lib/core/components/definition';
import { ideaActions } from './availability';
import { ideaModerationTarget } from './moderation-target';
import { ideaSearch } from './search';
import { publicIdeasPath } from './paths';
import { ideasPermissions } from './permissions';
import { IDEA_RESOURCE } from './resource';
import { seedIdeas } from './seed';
import { ideasPhaseSettingsFields, ideasPhaseSettingsSchema, ideasSettingsFields, ideasSettingsSchema } from './settings';
import { FINAL_STATES } from './states';
import { visibleIdeasWhere } from './visibility';

/**
 * Ideas (Ideat): residents propose small everyday ideas for their neighbourhood — online in steps, or in person and
 * on paper through staff — others support and discuss them, evaluators from the city's service areas assess and cost
 * them, coordinators publish the answer, and everyone concerned is told. Views are in components/ideas/ and the
 * review pages under app/[locale]/admin/ideas/. See docs/decisions/032-ideas.md.
 */
export const ideasDefinition = defineComponent({
  kind: 'ideas',
  settingsSchema: ideasSettingsSchema,
  settingsFields: ideasSettingsFields,
  phaseSettingsSchema: ideasPhaseSettingsSchema,
  phaseSettingsFields: ideasPhaseSettingsFields,
  permissions: ideasPermissions,
  // Residents submit ideas, support and comment them; each switched per phase (ADR 025).
  actions: ideaActions,
  resources: {
    [IDEA_RESOURCE]: {
      findVisibleIds: async (db, actor, organizationId, ids) =>
        (await db.idea.findMany({ where: { AND: [{ id: { in: [...ids] } }, visibleIdeasWhere(actor, organizationId)] }, select: { id: true } })).map((i) => i.id),
      describe: async (db, ids) =>
        (
          await db.idea.findMany({
            where: { id: { in: [...ids] } },
            select: { id: true, title: true, componentId: true, component: { select: { space: { select: { slug: true } } } } },
          })
        ).map((i) => ({ id: i.id, title: { fi: i.title }, path: publicIdeasPath(i.component.space.slug, i.componentId, i.id) })),
      // Comments while the `comment` action is open and the idea is public and still open (not final).
      comments: {
        load: async (db, id) => {
          const idea = await db.idea.findUnique({
            where: { id },
            select: {
              id: true, title: true, authorId: true, componentId: true, publishedAt: true, state: true, moderationState: true,
              component: { select: { spaceId: true, space: { select: { slug: true } } } },
            },
          });
          return idea
            ? {
                componentId: idea.componentId,
                spaceId: idea.component.spaceId,
                closedForComments: idea.publishedAt === null || idea.moderationState !== 'VISIBLE' || FINAL_STATES.includes(idea.state),
                authorId: idea.authorId,
                title: { fi: idea.title },
                path: publicIdeasPath(idea.component.space.slug, idea.componentId, idea.id),
              }
            : null;
        },
      },
      moderation: ideaModerationTarget,
      // Found by the organization-wide search (lib/search/), with the comments on them.
      search: ideaSearch,
    },
  },
  // A resident attaches a photo to their idea while they may submit ideas.
  residentUploads: { whileActionOpen: 'create_idea' },
  countResources: (tx, componentId) => tx.idea.count({ where: { componentId } }),
  seed: seedIdeas,
});
