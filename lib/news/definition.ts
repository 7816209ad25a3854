import { defineComponent } from '@/lib/core/components/definition';
import { newsPermissions } from './permissions';
import { newsPhaseSettingsFields, newsPhaseSettingsSchema, newsSettingsFields, newsSettingsSchema } from './settings';
import { publicNewsPath } from './paths';
import { seedNews } from './seed';
import { visibleNewsWhere } from './visibility';
import { newsPostSearch } from './search';

/**
 * News (Tiedotus): a space's news posts (tiedotteet), tagged with areas, shown on the component page, the area
 * pages, the front page and in Atom feeds. Posts may be drafts, scheduled, published or unpublished; which ones a
 * reader sees is one rule (./visibility.ts). Views are in components/news/ and registered in
 * components/component-views/.
 */
export const newsDefinition = defineComponent({
  kind: 'news',
  settingsSchema: newsSettingsSchema,
  settingsFields: newsSettingsFields,
  phaseSettingsSchema: newsPhaseSettingsSchema,
  phaseSettingsFields: newsPhaseSettingsFields,
  permissions: newsPermissions,
  // Residents read news and, where a phase opens it, comment on posts; editors write through the admin view (`manage`).
  actions: { comment: { requires: ['signedIn'] } },
  resources: {
    // A post is visible by the one news rule (published, not withdrawn, its component and space readable).
    news_post: {
      findVisibleIds: async (db, actor, organizationId, ids) =>
        (await db.newsPost.findMany({ where: { id: { in: [...ids] }, ...visibleNewsWhere(actor, organizationId, new Date()) }, select: { id: true } })).map(
          (p) => p.id,
        ),
      describe: async (db, ids) =>
        (
          await db.newsPost.findMany({
            where: { id: { in: [...ids] } },
            select: { id: true, title: true, componentId: true, component: { select: { space: { select: { slug: true } } } } },
          })
        ).map((p) => ({ id: p.id, title: p.title, path: publicNewsPath(p.component.space.slug, p.componentId, p.id) })),
      // Posts take comments (lib/comments/) while the component's `comment` action is open.
      comments: {
        load: async (db, id) => {
          const post = await db.newsPost.findUnique({
            where: { id },
            select: { id: true, title: true, authorId: true, componentId: true, component: { select: { spaceId: true, space: { select: { slug: true } } } } },
          });
          return post
            ? {
                componentId: post.componentId,
                spaceId: post.component.spaceId,
                closedForComments: false,
                authorId: post.authorId,
                title: post.title,
                path: publicNewsPath(post.component.space.slug, post.componentId, post.id),
              }
            : null;
        },
      },
      // The organization-wide search finds published posts (lib/search/, ADR 032).
      search: newsPostSearch,
    },
  },
  countResources: (tx, componentId) => tx.newsPost.count({ where: { componentId } }),
  seed: seedNews,
});
