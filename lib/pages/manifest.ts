import { defineComponentManifest } from '@/lib/core/components/manifest';
import { pagesPermissions } from './permissions';
import {
  pagesPhaseSettingsFields,
  pagesPhaseSettingsSchema,
  pagesSettingsFields,
  pagesSettingsSchema,
} from './settings';
import { PagesPublicView } from './public-view';
import { seedPages } from './seed';

/**
 * Pages (Sivut): static multilingual information pages of a space, such as "Tietoa prosessista" or "Usein
 * kysyttyä". The simplest kind, and the one that proves the component mechanism end to end.
 */
export const pagesManifest = defineComponentManifest({
  kind: 'pages',
  settingsSchema: pagesSettingsSchema,
  settingsFields: pagesSettingsFields,
  phaseSettingsSchema: pagesPhaseSettingsSchema,
  phaseSettingsFields: pagesPhaseSettingsFields,
  permissions: pagesPermissions,
  // Pages read the same for everyone who may see them (ADR 021).
  publicViewSharedWithResidents: true,
  PublicView: PagesPublicView,
  countResources: (tx, componentId) => tx.page.count({ where: { componentId } }),
  seed: seedPages,
});
