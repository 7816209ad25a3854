import { describe, expect, it, vi } from 'vitest';

// The manifests import their views, which import the database client and Next.js runtime modules. The registry
// and the settings schemas never use them, so stand-ins keep this a pure unit test for every kind.
vi.mock('@/lib/db', () => ({ db: {} }));
vi.mock('@/lib/i18n/navigation', () => ({ Link: () => null, redirect: vi.fn(), usePathname: vi.fn(), useRouter: vi.fn(), getPathname: vi.fn() }));
vi.mock('next-intl/server', () => ({ getTranslations: vi.fn(), getFormatter: vi.fn() }));
vi.mock('@/lib/auth/current-actor', () => ({ getActor: vi.fn(), requireActor: vi.fn() }));

import { COMPONENT_KINDS, isComponentKind } from './kinds';
import { componentRegistry, getManifest, readPhaseSettings, readSettings } from './registry';
import { getAdminView } from './admin-views';
import { buildSettingsFormModel } from '@/lib/components/settings-form-model';

describe('component registry', () => {
  it.each(COMPONENT_KINDS)('has a complete manifest for kind "%s"', (kind) => {
    const manifest = getManifest(kind);
    expect(manifest).not.toBeNull();
    expect(manifest!.kind).toBe(kind);
    expect(typeof manifest!.permissions.read).toBe('function');
    expect(typeof manifest!.permissions.manage).toBe('function');
    expect(manifest!.PublicView).toBeTypeOf('function');
    expect(getAdminView(kind)).toBeTypeOf('function');
  });

  it('lists exactly the registered kinds', () => {
    expect(Object.keys(componentRegistry).sort()).toEqual([...COMPONENT_KINDS].sort());
  });

  it.each(COMPONENT_KINDS)('parses settings and phase settings of "%s" from {} (every field has a default)', (kind) => {
    const manifest = getManifest(kind)!;
    expect(manifest.settingsSchema.safeParse({}).success).toBe(true);
    expect(manifest.phaseSettingsSchema.safeParse({}).success).toBe(true);
  });

  it.each(COMPONENT_KINDS)('declares a settings field for every key of the parsed settings of "%s"', (kind) => {
    const manifest = getManifest(kind)!;
    const settingsKeys = Object.keys(manifest.settingsSchema.parse({}) as object).sort();
    expect(manifest.settingsFields.map((f) => f.name).sort()).toEqual(settingsKeys);
    const phaseKeys = Object.keys(manifest.phaseSettingsSchema.parse({}) as object).sort();
    expect(manifest.phaseSettingsFields.map((f) => f.name).sort()).toEqual(phaseKeys);
  });

  it('knows nothing of unregistered kinds', () => {
    expect(getManifest('proposals')).toBeNull();
    expect(getManifest('__proto__')).toBeNull();
    expect(getManifest('toString')).toBeNull();
    expect(isComponentKind('constructor')).toBe(false);
  });

  it('reads pages settings with defaults and keeps valid stored values', () => {
    const manifest = getManifest('pages')!;
    expect(readSettings(manifest, {})).toEqual({ showTableOfContents: true, announcement: { fi: undefined, sv: undefined, en: undefined } });
    expect(readSettings(manifest, null)).toMatchObject({ showTableOfContents: true });
    expect(readSettings(manifest, { showTableOfContents: false, announcement: { fi: 'Työpaja 3.6.' } })).toMatchObject({
      showTableOfContents: false,
      announcement: { fi: 'Työpaja 3.6.' },
    });
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['a wrong type', { showTableOfContents: 'yes' }],
    ['a too long announcement', { announcement: { fi: 'x'.repeat(1001) } }],
    ['an unknown key', { showTableOfContents: false, colour: 'red' }],
  ])('falls back to the defaults when the stored settings are %s', (_label, stored) => {
    const manifest = getManifest('pages')!;
    expect(readSettings(manifest, stored)).toEqual(manifest.settingsSchema.parse({}));
  });

  it('reads phase settings by phase id, with defaults for other or missing phases and for garbage', () => {
    const manifest = getManifest('pages')!;
    const stored = { phaseA: { announcement: { fi: 'Ideointi on käynnissä' } }, phaseB: 'garbage' };
    expect(readPhaseSettings(manifest, stored, 'phaseA')).toMatchObject({ announcement: { fi: 'Ideointi on käynnissä' } });
    const defaults = manifest.phaseSettingsSchema.parse({});
    expect(readPhaseSettings(manifest, stored, 'phaseB')).toEqual(defaults);
    expect(readPhaseSettings(manifest, stored, 'phaseC')).toEqual(defaults);
    expect(readPhaseSettings(manifest, stored, null)).toEqual(defaults);
    expect(readPhaseSettings(manifest, [stored], 'phaseA')).toEqual(defaults);
    expect(readPhaseSettings(manifest, 'garbage', 'phaseA')).toEqual(defaults);
  });

  it.each(COMPONENT_KINDS)('describes the settings of "%s" for the generic settings form', (kind) => {
    const manifest = getManifest(kind)!;
    for (const [scope, fields, schema] of [
      ['settings', manifest.settingsFields, manifest.settingsSchema],
      ['phaseSettings', manifest.phaseSettingsFields, manifest.phaseSettingsSchema],
    ] as const) {
      const model = buildSettingsFormModel({ kind, scope, fields, schema, values: schema.parse({}) });
      expect(model.fields.map((f) => f.name)).toEqual(fields.map((f) => f.name));
      expect(Object.keys(model.defaultValues)).toEqual(fields.map((f) => f.name));
    }
  });

  it('passes the announcement limit of pages to the browser form', () => {
    const manifest = getManifest('pages')!;
    const model = buildSettingsFormModel({ kind: 'pages', scope: 'settings', fields: manifest.settingsFields, schema: manifest.settingsSchema, values: {} });
    expect(model.fields.find((f) => f.name === 'announcement')).toMatchObject({ type: 'localizedText', multiline: true, maxLength: 1000 });
  });
});
