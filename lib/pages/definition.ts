import { defineComponent } from '@/lib/core/components/definition';
import { pagesPermissions } from './permissions';
import {
  pagesPhaseSettingsFields,
  pagesPhaseSettingsSchema,
  pagesSettingsFields,
  pagesSettingsSchema,
} from './settings';
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
  countResources: (tx, componentId) => tx.page.count({ where: { componentId } }),
  seed: seedPages,
});
