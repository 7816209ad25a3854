import { defineComponent } from '@/lib/core/components/definition';
import { debateActions } from './availability';
import { debatesPermissions } from './permissions';
import { publicDebatesPath } from './paths';
import { DEBATE_RESOURCE } from './resource';
import { debateModerationTarget } from './moderation-target';
import { seedDebates } from './seed';
import { debatesPhaseSettingsFields, debatesPhaseSettingsSchema, debatesSettingsFields, debatesSettingsSchema } from './settings';
import { visibleDebatesWhere } from './visibility';
import { debateSearch } from './search';

/**
 * Debates (Keskustelu): topics officials — and, where the component allows it and the phase opens `create_debate`,
 * residents — open for discussion; residents comment on them (lib/comments/); an official closes a debate with a
 * written conclusion. Which debates a reader sees is one rule (./visibility.ts). Views are in components/debates/
 * and registered in components/component-views/ (ADR 022). See docs/decisions/030-debates.md.
 */
export const debatesDefinition = defineComponent({
  kind: 'debates',
  settingsSchema: debatesSettingsSchema,
  settingsFields: debatesSettingsFields,
  phaseSettingsSchema: debatesPhaseSettingsSchema,
  phaseSettingsFields: debatesPhaseSettingsFields,
  permissions: debatesPermissions,
  // Residents comment on debates and, where the component allows it, start their own; both switched per phase.
  actions: debateActions,
  resources: {
    [DEBATE_RESOURCE]: {
      // A public debate of a readable component; a pending one to its author and the space's moderators; a hidden one
      // to the moderators (the one rule, ./visibility.ts).
      findVisibleIds: async (db, actor, organizationId, ids) =>
        (await db.debate.findMany({ where: { AND: [{ id: { in: [...ids] } }, visibleDebatesWhere(actor, organizationId)] }, select: { id: true } })).map((d) => d.id),
      describe: async (db, ids) =>
        (
          await db.debate.findMany({
            where: { id: { in: [...ids] } },
            select: { id: true, title: true, componentId: true, component: { select: { space: { select: { slug: true } } } } },
          })
        ).map((d) => ({ id: d.id, title: d.title, path: publicDebatesPath(d.component.space.slug, d.componentId, d.id) })),
      // Debates take comments (lib/comments/) while the `comment` action is open, the debate is open and public.
      comments: {
        load: async (db, id) => {
          const debate = await db.debate.findUnique({
            where: { id },
            select: {
              id: true, title: true, authorId: true, componentId: true, closedAt: true, moderationState: true,
              component: { select: { spaceId: true, space: { select: { slug: true } } } },
            },
          });
          return debate
            ? {
                componentId: debate.componentId,
                spaceId: debate.component.spaceId,
                closedForComments: debate.closedAt !== null || debate.moderationState !== 'VISIBLE',
                authorId: debate.authorId,
                title: debate.title,
                path: publicDebatesPath(debate.component.space.slug, debate.componentId, debate.id),
              }
            : null;
        },
      },
      // Residents flag debates; moderators hide, restore, approve (pre-moderated) or reject them (lib/moderation/).
      moderation: debateModerationTarget,
      // The organization-wide search finds public debates (lib/search/, ADR 032).
      search: debateSearch,
    },
  },
  countResources: (tx, componentId) => tx.debate.count({ where: { componentId } }),
  seed: seedDebates,
});
