import { z, encodeMessage } from '@/lib/core/zod';
import { localizedTextSchema, optionalLocalizedTextSchema } from '@/lib/core/localized-text';
import { geoJsonErrorMessage, validateGeoJson } from './geojson';

export const AREA_KINDS = ['NEIGHBOURHOOD', 'DISTRICT', 'RURAL_AREA', 'OTHER'] as const;
export type AreaKindValue = (typeof AREA_KINDS)[number];

export const AREA_NAME_MAX = 120;
export const AREA_DESCRIPTION_MAX = 2000;
export const AREA_SLUG_MAX = 64;
/**
 * Characters of pasted GeoJSON text. 20 000 points of pretty-printed GeoJSON stay below this; the point limit in
 * geojson.ts is the real bound, this one only stops absurd input before it is parsed.
 */
export const BOUNDARY_TEXT_MAX = 2_000_000;
/** Size limit of an uploaded .geojson file, checked in the browser before reading it. */
export const BOUNDARY_FILE_MAX_BYTES = 2 * 1024 * 1024;
const POPULATION_MAX = 10_000_000;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every problem of a GeoJSON text as encoded validation messages, one per feature problem (empty when valid). */
export function boundaryMessages(text: string | null | undefined): string[] {
  if (!text || text.trim() === '') return [];
  const result = validateGeoJson(text);
  return result.ok ? [] : result.errors.map(geoJsonErrorMessage);
}

const boundarySchema = z
  .string()
  .max(BOUNDARY_TEXT_MAX)
  .nullish()
  .transform((text) => (text && text.trim() !== '' ? text.trim() : null))
  .superRefine((text, ctx) => {
    for (const message of boundaryMessages(text)) ctx.addIssue({ code: 'custom', message });
  });

/** A number field: the browser sends a string ('' when left empty); the server may get a number. */
const populationSchema = z.preprocess(
  (value) => {
    if (value === '' || value === null || value === undefined) return null;
    if (typeof value === 'string') return value.trim() === '' ? null : Number(value.trim().replace(/\s/g, ''));
    return value;
  },
  z
    // Only "not a number" gets the specific message; range issues fall through to the shared messages.
    .number({ error: (issue) => (issue.code === 'invalid_type' ? encodeMessage('wholeNumber') : undefined) })
    .int({ error: encodeMessage('wholeNumber') })
    .min(0)
    .max(POPULATION_MAX)
    .nullable(),
);

/**
 * An area as the admin form sends it. Shared by the form (client-side check) and the server action. The output is
 * valid input again (the boundary stays text), because the form passes the parsed values to the action, which
 * parses them once more.
 */
export const AreaInputSchema = z.object({
  slug: z
    .string()
    .trim()
    .min(1)
    .max(AREA_SLUG_MAX)
    .regex(SLUG_PATTERN, { error: encodeMessage('slug') }),
  kind: z.enum(AREA_KINDS),
  name: localizedTextSchema({ max: AREA_NAME_MAX }),
  description: optionalLocalizedTextSchema({ max: AREA_DESCRIPTION_MAX }).optional(),
  parentId: z
    .string()
    .trim()
    .max(64)
    .nullish()
    .transform((v) => (v ? v : null)),
  boundary: boundarySchema,
  isBoundaryApproximate: z.boolean().optional().transform((v) => v === true),
  population: populationSchema,
});

export type AreaInput = z.output<typeof AreaInputSchema>;
export type AreaFormValues = z.input<typeof AreaInputSchema>;

/** Only the boundary rule, for listing every GeoJSON problem in the form (react-hook-form keeps one per field). */
export function allBoundaryMessages(text: unknown): string[] {
  const parsed = boundarySchema.safeParse(text);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}
