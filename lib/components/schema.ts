import { z } from '@/lib/core/zod';
import { localizedTextSchema } from '@/lib/core/localized-text';
import { encodeMessage } from '@/lib/core/validation-message';
import { AppError } from '@/lib/core/errors';
import { parseInput } from '@/lib/core/action-result';
import { COMPONENT_KINDS } from '@/lib/core/components/kinds';
import type { SettingField } from '@/lib/core/components/definition';

export const COMPONENT_NAME_MAX = 100;

/** Adding a component: the kind must be one the registry knows (the enum is the registry's key list). */
export const AddComponentSchema = z.object({
  kind: z.enum(COMPONENT_KINDS),
  name: localizedTextSchema({ max: COMPONENT_NAME_MAX }),
});
export type AddComponentInput = z.output<typeof AddComponentSchema>;
export type AddComponentFormValues = z.input<typeof AddComponentSchema>;

export const ComponentNameSchema = z.object({ name: localizedTextSchema({ max: COMPONENT_NAME_MAX }) });
export type ComponentNameInput = z.output<typeof ComponentNameSchema>;
export type ComponentNameFormValues = z.input<typeof ComponentNameSchema>;

export const ComponentIdSchema = z.string().trim().min(1).max(64);
export const MoveComponentSchema = z.enum(['up', 'down']);
export type ComponentMoveDirection = z.output<typeof MoveComponentSchema>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Validates submitted settings with the kind's own schema. The generic settings form only ever sends the fields the
 * definition declares, so any other key is a forged request and is refused rather than silently dropped: stored
 * settings can then never carry values no screen shows.
 */
export function parseSettingsValues<S extends z.ZodType>(schema: S, fields: readonly SettingField[], input: unknown): z.output<S> {
  if (!isPlainObject(input)) {
    throw new AppError('INVALID_INPUT', 'settings must be an object', { _form: [encodeMessage('invalidType')] });
  }
  const declared = new Set(fields.map((f) => f.name));
  const unexpected = Object.keys(input).filter((key) => !declared.has(key));
  if (unexpected.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `unexpected settings: ${unexpected.join(', ')}`,
      Object.fromEntries(unexpected.map((key) => [key, [encodeMessage('unexpectedField')]])),
    );
  }
  return parseInput(schema, input);
}

/** Which actions are open per phase (or always): action names and phase ids are checked against the kind and space. */
const ActionSwitches = z.record(z.string().min(1).max(60), z.boolean()).refine((r) => Object.keys(r).length <= 50);
export const ActionSettingsInputSchema = z
  .object({
    always: ActionSwitches.default({}),
    phases: z.record(z.string().min(1).max(60), ActionSwitches).refine((r) => Object.keys(r).length <= 100).default({}),
  })
  .strict();
