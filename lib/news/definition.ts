import { defineComponent } from '@/lib/core/components/definition';
import { newsPermissions } from './permissions';
import { newsPhaseSettingsFields, newsPhaseSettingsSchema, newsSettingsFields, newsSettingsSchema } from './settings';
import { seedNews } from './seed';

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
  // Residents only read news; editors write through the admin view (`manage`).
  actions: {},
  countResources: (tx, componentId) => tx.newsPost.count({ where: { componentId } }),
  seed: seedNews,
});
