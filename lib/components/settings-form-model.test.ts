import { describe, expect, it } from 'vitest';
import { z } from '@/lib/core/zod';
import { optionalLocalizedTextSchema } from '@/lib/core/localized-text';
import type { SettingField } from '@/lib/core/components/definition';
import { AppError } from '@/lib/core/errors';
import { buildSettingsFormModel, clientSettingsSchema } from './settings-form-model';
import { AddComponentSchema, parseSettingsValues } from './schema';

const schema = z.strictObject({
  showToc: z.boolean().default(true),
  perPage: z.number().int().min(1).max(50).default(10),
  intro: optionalLocalizedTextSchema({ max: 300 }).prefault({}),
  order: z.enum(['newest', 'oldest']).default('newest'),
});
const fields = [
  { name: 'showToc', type: 'boolean' },
  { name: 'perPage', type: 'integer' },
  { name: 'intro', type: 'localizedText', multiline: true },
  { name: 'order', type: 'select', options: ['newest', 'oldest'] },
] as const satisfies readonly SettingField[];

describe('buildSettingsFormModel', () => {
  const model = buildSettingsFormModel({ kind: 'demo', scope: 'settings', fields, schema, values: schema.parse({ intro: { fi: 'Hei' } }) });

  it('describes each declared field with message keys and the limits of the schema', () => {
    expect(model.fields).toEqual([
      { name: 'showToc', type: 'boolean', labelKey: 'demo.settings.showToc', hintKey: 'demo.settingsHints.showToc' },
      { name: 'perPage', type: 'integer', min: 1, max: 50, labelKey: 'demo.settings.perPage', hintKey: 'demo.settingsHints.perPage' },
      { name: 'intro', type: 'localizedText', multiline: true, maxLength: 300, labelKey: 'demo.settings.intro', hintKey: 'demo.settingsHints.intro' },
      {
        name: 'order',
        type: 'select',
        labelKey: 'demo.settings.order',
        hintKey: 'demo.settingsHints.order',
        options: [
          { value: 'newest', labelKey: 'demo.settingsOptions.order.newest' },
          { value: 'oldest', labelKey: 'demo.settingsOptions.order.oldest' },
        ],
      },
    ]);
  });

  it('fills the form with the current values, empty strings for missing translations', () => {
    expect(model.defaultValues).toEqual({ showToc: true, perPage: 10, intro: { fi: 'Hei', sv: '', en: '' }, order: 'newest' });
  });

  it('gives form values that the client schema accepts and the server schema stores', () => {
    const client = clientSettingsSchema(model.fields).parse({ ...model.defaultValues, perPage: '12' });
    expect(parseSettingsValues(schema, fields, client)).toEqual({ showToc: true, perPage: 12, intro: { fi: 'Hei', sv: undefined, en: undefined }, order: 'newest' });
  });

  it('applies the limits in the browser too', () => {
    const result = clientSettingsSchema(model.fields).safeParse({ ...model.defaultValues, perPage: '99', intro: { fi: 'x'.repeat(301) } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['intro.fi', 'perPage']);
  });
});

describe('parseSettingsValues', () => {
  function fieldErrors(input: unknown) {
    try {
      parseSettingsValues(schema, fields, input);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('INVALID_INPUT');
      return (error as AppError).fieldErrors;
    }
    throw new Error('expected INVALID_INPUT');
  }

  it('refuses keys the definition does not declare, naming them', () => {
    expect(fieldErrors({ showToc: false, isAdmin: true })).toEqual({ isAdmin: ['unexpectedField'] });
  });

  it('refuses values of the wrong type or beyond the limits with field errors', () => {
    expect(fieldErrors({ perPage: 0, intro: { fi: 'x'.repeat(301) } })).toEqual({ perPage: ['tooSmall|{"min":1}'], 'intro.fi': ['tooLong|{"max":300}'] });
  });

  it('refuses input that is not an object', () => {
    expect(fieldErrors('showToc=false')).toHaveProperty('_form');
    expect(fieldErrors(['showToc'])).toHaveProperty('_form');
  });

  it('fills defaults for fields that are left out', () => {
    expect(parseSettingsValues(schema, fields, { showToc: false })).toMatchObject({ showToc: false, perPage: 10, order: 'newest' });
  });
});

describe('AddComponentSchema', () => {
  it('accepts a registered kind with a Finnish name', () => {
    expect(AddComponentSchema.parse({ kind: 'pages', name: { fi: ' Sivut ', sv: '', en: 'Pages' } })).toEqual({
      kind: 'pages',
      name: { fi: 'Sivut', sv: undefined, en: 'Pages' },
    });
  });

  it.each([['proposals'], ['PAGES'], [''], [undefined]])('refuses the kind %j', (kind) => {
    expect(AddComponentSchema.safeParse({ kind, name: { fi: 'Sivut' } }).success).toBe(false);
  });

  it('requires the Finnish name and limits its length', () => {
    expect(AddComponentSchema.safeParse({ kind: 'pages', name: { fi: '', en: 'Pages' } }).success).toBe(false);
    expect(AddComponentSchema.safeParse({ kind: 'pages', name: { fi: 'x'.repeat(101) } }).success).toBe(false);
  });
});
