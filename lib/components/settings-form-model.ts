import { z } from '@/lib/core/zod';
import type { SettingField } from '@/lib/core/components/definition';
import { asLocalizedText } from '@/lib/core/localized-text';
import { locales } from '@/lib/i18n/config';

/**
 * Turns a definition's declared settings fields and the parsed settings into plain data for the generic client
 * settings form (components/admin/component-settings-form.tsx). Labels are message keys in the `components`
 * namespace: `<kind>.<scope>.<name>`, optional hints `<kind>.<scope>Hints.<name>`, select options
 * `<kind>.<scope>Options.<name>.<value>`. Limits are read from the kind's zod schema so that the browser shows
 * the same limits the server enforces.
 */
export type SettingsScope = 'settings' | 'phaseSettings';

type Common = { name: string; labelKey: string; hintKey: string };
export type SettingFieldDescriptor =
  | (Common & { type: 'boolean' })
  | (Common & { type: 'integer'; min?: number; max?: number })
  | (Common & { type: 'localizedText'; multiline: boolean; maxLength?: number })
  | (Common & { type: 'select'; options: { value: string; labelKey: string }[] });

export type SettingsFormModel = { fields: SettingFieldDescriptor[]; defaultValues: Record<string, unknown> };

type JsonSchemaNode = { properties?: Record<string, JsonSchemaNode>; maxLength?: number; minimum?: number; maximum?: number };

function jsonSchemaOf(schema: z.ZodType): JsonSchemaNode {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
  } catch {
    // Limits are a courtesy for the browser; the server validates with the schema itself.
    return {};
  }
}

function localizedMaxLength(node: JsonSchemaNode | undefined): number | undefined {
  const lengths = locales.map((l) => node?.properties?.[l]?.maxLength).filter((n): n is number => typeof n === 'number');
  return lengths.length > 0 ? Math.min(...lengths) : undefined;
}

export function buildSettingsFormModel({ kind, scope, fields, schema, values }: {
  kind: string;
  scope: SettingsScope;
  fields: readonly SettingField[];
  schema: z.ZodType;
  /** Settings already parsed with `schema` (so every field has its value or default). */
  values: unknown;
}): SettingsFormModel {
  const json = jsonSchemaOf(schema);
  const current = values && typeof values === 'object' ? (values as Record<string, unknown>) : {};
  const descriptors: SettingFieldDescriptor[] = [];
  const defaultValues: Record<string, unknown> = {};

  for (const field of fields) {
    const common = { name: field.name, labelKey: `${kind}.${scope}.${field.name}`, hintKey: `${kind}.${scope}Hints.${field.name}` };
    const value = current[field.name];
    const node = json.properties?.[field.name];
    switch (field.type) {
      case 'boolean':
        descriptors.push({ ...common, type: 'boolean' });
        defaultValues[field.name] = value === true;
        break;
      case 'integer': {
        const min = field.min ?? node?.minimum;
        const max = field.max ?? node?.maximum;
        descriptors.push({ ...common, type: 'integer', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
        defaultValues[field.name] = typeof value === 'number' ? value : '';
        break;
      }
      case 'localizedText': {
        const maxLength = localizedMaxLength(node);
        descriptors.push({ ...common, type: 'localizedText', multiline: field.multiline ?? false, ...(maxLength !== undefined ? { maxLength } : {}) });
        const text = asLocalizedText(value);
        defaultValues[field.name] = Object.fromEntries(locales.map((l) => [l, text[l] ?? '']));
        break;
      }
      case 'select':
        descriptors.push({
          ...common,
          type: 'select',
          options: field.options.map((option) => ({ value: option, labelKey: `${kind}.${scope}Options.${field.name}.${option}` })),
        });
        defaultValues[field.name] = typeof value === 'string' ? value : (field.options[0] ?? '');
        break;
    }
  }
  return { fields: descriptors, defaultValues };
}

/**
 * The browser-side schema for the generic form, built from the descriptors (the kind's own schema lives on the
 * server). It mirrors types and limits so that mistakes show before submitting; the server stays authoritative.
 */
export function clientSettingsSchema(fields: readonly SettingFieldDescriptor[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    switch (field.type) {
      case 'boolean':
        shape[field.name] = z.boolean();
        break;
      case 'integer': {
        let n = z.number().int();
        if (field.min !== undefined) n = n.min(field.min);
        if (field.max !== undefined) n = n.max(field.max);
        shape[field.name] = z.preprocess((v) => (v === '' || v === null || v === undefined ? undefined : Number(v)), n);
        break;
      }
      case 'localizedText': {
        const text = field.maxLength !== undefined ? z.string().trim().max(field.maxLength) : z.string().trim();
        shape[field.name] = z.object(Object.fromEntries(locales.map((l) => [l, text.optional()])));
        break;
      }
      case 'select':
        shape[field.name] = z.enum(field.options.map((o) => o.value) as [string, ...string[]]);
        break;
    }
  }
  return z.strictObject(shape);
}
