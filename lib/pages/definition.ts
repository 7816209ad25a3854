import { defineComponent } from '@/lib/core/components/definition';
import { readableComponentsWhere } from '@/lib/core/resources/readable-components';
import { pagesPermissions } from './permissions';
import {
  pagesPhaseSettingsFields,
  pagesPhaseSettingsSchema,
  pagesSettingsFields,
  pagesSettingsSchema,
} from './settings';
import { publicPagePath } from './paths';
import { seedPages } from './seed';

/**
 * Pages (Sivut): static multilingual information pages of a space, such as "Tietoa prosessista" or "Usein
 * kysyttyä". The simplest kind, and the one that proves the component mechanism end to end. Its views are in
 * components/pages/ and registered in components/component-views/.
 */
export const pagesDefinition = defineComponent({
  kind: 'pages',
  settingsSchema: pagesSettingsSchema,
  settingsFields: pagesSettingsFields,
  phaseSettingsSchema: pagesPhaseSettingsSchema,
  phaseSettingsFields: pagesPhaseSettingsFields,
  permissions: pagesPermissions,
  // Residents only read pages; coordinators write them through the admin view (`manage`).
  actions: {},
  resources: {
    // A page has no state of its own: it is visible exactly when its component is readable.
    page: {
      findVisibleIds: async (db, actor, organizationId, ids) =>
        (await db.page.findMany({ where: { id: { in: [...ids] }, component: readableComponentsWhere(actor, organizationId) }, select: { id: true } })).map(
          (p) => p.id,
        ),
      describe: async (db, ids) =>
        (
          await db.page.findMany({
            where: { id: { in: [...ids] } },
            select: { id: true, slug: true, title: true, componentId: true, component: { select: { space: { select: { slug: true } } } } },
          })
        ).map((p) => ({ id: p.id, title: p.title, path: publicPagePath(p.component.space.slug, p.componentId, p.slug) })),
    },
  },
  countResources: (tx, componentId) => tx.page.count({ where: { componentId } }),
  seed: seedPages,
});
