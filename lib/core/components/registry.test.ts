import { describe, expect, it } from 'vitest';
// Definitions hold no React and no database client (ADR 022), so the registry is imported as it is, without mocks.
import { COMPONENT_KINDS, isComponentKind } from './kinds';
import { componentDefinitions, getComponentDefinition, readPhaseSettings, readSettings, resourceTypes } from './registry';
import { pagesDefinition } from '@/lib/pages/definition';
import { buildSettingsFormModel } from '@/lib/components/settings-form-model';

describe('component registry', () => {
  it.each(COMPONENT_KINDS)('has a complete definition for kind "%s"', (kind) => {
    const definition = getComponentDefinition(kind);
    expect(definition).not.toBeNull();
    expect(definition!.kind).toBe(kind);
    expect(typeof definition!.permissions.read).toBe('function');
    expect(typeof definition!.permissions.manage).toBe('function');
    expect(typeof definition!.countResources).toBe('function');
    expect(definition!.actions).toBeTypeOf('object');
  });

  it('names every resource type once across kinds, so a reference (type, id) is never ambiguous', () => {
    const names = Object.values(componentDefinitions).flatMap((d) => Object.keys(d.resources));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(resourceTypes).sort()).toEqual([...names].sort());
    expect(names).toContain('page');
  });

  it('lists exactly the registered kinds', () => {
    expect(Object.keys(componentDefinitions).sort()).toEqual([...COMPONENT_KINDS].sort());
  });

  it('registers the Pages definition, which offers residents no actions', () => {
    expect(getComponentDefinition('pages')).toBe(pagesDefinition);
    expect(pagesDefinition.actions).toEqual({});
  });

  it.each(COMPONENT_KINDS)('parses settings and phase settings of "%s" from {} (every field has a default)', (kind) => {
    const definition = getComponentDefinition(kind)!;
    expect(definition.settingsSchema.safeParse({}).success).toBe(true);
    expect(definition.phaseSettingsSchema.safeParse({}).success).toBe(true);
  });

  it.each(COMPONENT_KINDS)('declares a settings field for every key of the parsed settings of "%s"', (kind) => {
    const definition = getComponentDefinition(kind)!;
    const settingsKeys = Object.keys(definition.settingsSchema.parse({}) as object).sort();
    expect(definition.settingsFields.map((f) => f.name).sort()).toEqual(settingsKeys);
    const phaseKeys = Object.keys(definition.phaseSettingsSchema.parse({}) as object).sort();
    expect(definition.phaseSettingsFields.map((f) => f.name).sort()).toEqual(phaseKeys);
  });

  it('knows nothing of unregistered kinds', () => {
    expect(getComponentDefinition('proposals')).toBeNull();
    expect(getComponentDefinition('__proto__')).toBeNull();
    expect(getComponentDefinition('toString')).toBeNull();
    expect(isComponentKind('constructor')).toBe(false);
  });

  it('reads pages settings with defaults and keeps valid stored values', () => {
    const definition = getComponentDefinition('pages')!;
    expect(readSettings(definition, {})).toEqual({ showTableOfContents: true, announcement: { fi: undefined, sv: undefined, en: undefined } });
    expect(readSettings(definition, null)).toMatchObject({ showTableOfContents: true });
    expect(readSettings(definition, { showTableOfContents: false, announcement: { fi: 'Työpaja 3.6.' } })).toMatchObject({
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
    const definition = getComponentDefinition('pages')!;
    expect(readSettings(definition, stored)).toEqual(definition.settingsSchema.parse({}));
  });

  it('reads phase settings by phase id, with defaults for other or missing phases and for garbage', () => {
    const definition = getComponentDefinition('pages')!;
    const stored = { phaseA: { announcement: { fi: 'Ideointi on käynnissä' } }, phaseB: 'garbage' };
    expect(readPhaseSettings(definition, stored, 'phaseA')).toMatchObject({ announcement: { fi: 'Ideointi on käynnissä' } });
    const defaults = definition.phaseSettingsSchema.parse({});
    expect(readPhaseSettings(definition, stored, 'phaseB')).toEqual(defaults);
    expect(readPhaseSettings(definition, stored, 'phaseC')).toEqual(defaults);
    expect(readPhaseSettings(definition, stored, null)).toEqual(defaults);
    expect(readPhaseSettings(definition, [stored], 'phaseA')).toEqual(defaults);
    expect(readPhaseSettings(definition, 'garbage', 'phaseA')).toEqual(defaults);
  });

  it.each(COMPONENT_KINDS)('describes the settings of "%s" for the generic settings form', (kind) => {
    const definition = getComponentDefinition(kind)!;
    for (const [scope, fields, schema] of [
      ['settings', definition.settingsFields, definition.settingsSchema],
      ['phaseSettings', definition.phaseSettingsFields, definition.phaseSettingsSchema],
    ] as const) {
      const model = buildSettingsFormModel({ kind, scope, fields, schema, values: schema.parse({}) });
      expect(model.fields.map((f) => f.name)).toEqual(fields.map((f) => f.name));
      expect(Object.keys(model.defaultValues)).toEqual(fields.map((f) => f.name));
    }
  });

  it('passes the announcement limit of pages to the browser form', () => {
    const definition = getComponentDefinition('pages')!;
    const model = buildSettingsFormModel({ kind: 'pages', scope: 'settings', fields: definition.settingsFields, schema: definition.settingsSchema, values: {} });
    expect(model.fields.find((f) => f.name === 'announcement')).toMatchObject({ type: 'localizedText', multiline: true, maxLength: 1000 });
  });
});
