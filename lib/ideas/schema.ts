import { z } from '@/lib/core/zod';
import { encodeMessage } from '@/lib/core/validation-message';
import { localizedTextSchema, optionalLocalizedTextSchema } from '@/lib/core/localized-text';
import { IMAGE_ALT_MAX } from '@/lib/images/image-input';
import { emailSchema } from '@/lib/users/account-schema';
import { AGE_GROUPS } from './age-groups';
import { STATE_COLOUR_NAMES } from './state-colours';
import { IDEA_BASE_STATES } from './states';

export const IDEA_TITLE_MIN = 5;
export const IDEA_TITLE_MAX = 150;
export const IDEA_BODY_MIN = 15;
export const IDEA_BODY_MAX = 5_000;
export const LOCATION_TEXT_MAX = 300;
export const ANSWER_MAX = 5_000;
export const REASON_MAX = 2_000;
export const NOTE_MAX = 5_000;
export const COST_MAX = 100_000_000;
export const THEME_NAME_MAX = 80;
export const STATE_LABEL_MAX = 60;
export const PLACE_MAX = 200;
export const NAME_MAX = 120;

/** Ids travel from forms; only their shape is checked here, existence and scope by the mutations. */
export const IdSchema = z.string().trim().min(1).max(64);
const optionalId = z
  .string()
  .trim()
  .max(64)
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .default(null);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null);

/** A choice from a select whose empty option means "none". */
function blankAsNull<T extends z.ZodType<string>>(schema: T) {
  return z
    .union([schema, z.literal('')])
    .transform((v) => (v === '' ? null : (v as z.output<T>)))
    .nullable()
    .default(null);
}

/** Step 1 of the submission (and the author's edit): what the idea is and where. Plain text in the author's language. */
export const ideaBasicsSchema = z.object({
  title: z.string().trim().min(IDEA_TITLE_MIN).max(IDEA_TITLE_MAX),
  body: z.string().trim().min(IDEA_BODY_MIN).max(IDEA_BODY_MAX),
  areaId: IdSchema,
  themeId: optionalId,
});
export type IdeaBasicsFormValues = z.input<typeof ideaBasicsSchema>;
export type IdeaBasics = z.output<typeof ideaBasicsSchema>;

/** A number from a form field: '' is "none", anything else must be a finite number. */
const optionalCoordinate = (min: number, max: number) =>
  z.union([z.number(), z.string().trim()]).transform((v, ctx) => {
    if (v === '' || v === null) return null;
    const n = typeof v === 'number' ? v : Number(v.replace(',', '.'));
    if (!Number.isFinite(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: encodeMessage('ideaPinInvalid') });
      return z.NEVER;
    }
    return n;
  });

/**
 * Step 2: where — a pin on the map, a typed address or place description, both, or neither. The text is the equal
 * alternative to the map (keyboard and screen-reader users never need the map); nothing is geocoded.
 */
export const ideaLocationSchema = z
  .object({
    latitude: optionalCoordinate(-90, 90).nullable().default(null),
    longitude: optionalCoordinate(-180, 180).nullable().default(null),
    locationText: optionalText(LOCATION_TEXT_MAX),
  })
  .superRefine((v, ctx) => {
    if ((v.latitude === null) !== (v.longitude === null)) ctx.addIssue({ code: 'custom', path: ['latitude'], message: encodeMessage('ideaPinInvalid') });
  });
export type IdeaLocationFormValues = z.input<typeof ideaLocationSchema>;
export type IdeaLocation = z.output<typeof ideaLocationSchema>;

/** Step 3: an optional photo, uploaded through the core's storage, with alt text in the author's language. */
export const ideaPhotoSchema = z
  .object({
    imageId: z.string().trim().regex(/^[a-z0-9]{8,40}$/, { message: encodeMessage('imageMissing') }),
    alt: z.string().trim().max(IMAGE_ALT_MAX).default(''),
    decorative: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (!v.decorative && !v.alt) ctx.addIssue({ code: 'custom', path: ['alt'], message: encodeMessage('ideaPhotoAltMissing') });
  });
export type IdeaPhotoFormValues = z.input<typeof ideaPhotoSchema>;

/** Localized text that may be left out entirely (an API caller, a form without the field): empty then. */
const optionalLocalizedText = (max: number) => optionalLocalizedTextSchema({ max }).default({ fi: undefined, sv: undefined, en: undefined });

/** An official's decision: state (base or custom), public reason, answer and the published cost. */
export const ideaDecisionSchema = z.object({
  state: z.enum(IDEA_BASE_STATES),
  customStateId: optionalId,
  reason: optionalLocalizedText(REASON_MAX),
  answer: optionalLocalizedText(ANSWER_MAX),
  mergedIntoId: optionalId,
  costEstimate: z
    .union([z.number(), z.string().trim()])
    .transform((v, ctx) => {
      if (v === '') return null;
      const n = typeof v === 'number' ? v : Number(v.replace(/\s/g, ''));
      if (!Number.isInteger(n) || n < 0 || n > COST_MAX) {
        ctx.addIssue({ code: 'custom', message: encodeMessage('ideaCostInvalid') });
        return z.NEVER;
      }
      return n;
    })
    .nullable()
    .default(null),
  costJustification: optionalLocalizedText(REASON_MAX),
  timeFrame: optionalLocalizedText(PLACE_MAX),
});
export type IdeaDecisionFormValues = z.input<typeof ideaDecisionSchema>;
export type IdeaDecision = z.output<typeof ideaDecisionSchema>;

/** An evaluator's assessment: private until a coordinator publishes from it. */
export const ideaReviewSchema = z.object({
  feasibility: blankAsNull(z.enum(['FEASIBLE', 'PARTLY_FEASIBLE', 'NOT_FEASIBLE', 'UNCLEAR'])),
  costEstimate: ideaDecisionSchema.shape.costEstimate,
  costJustification: optionalText(REASON_MAX),
  timeFrame: optionalText(PLACE_MAX),
  proposedState: blankAsNull(z.enum(IDEA_BASE_STATES)),
  proposedAnswer: optionalText(ANSWER_MAX),
});
export type IdeaReviewFormValues = z.input<typeof ideaReviewSchema>;

export const ideaNoteSchema = z.object({ body: z.string().trim().min(1).max(NOTE_MAX) });
export type IdeaNoteFormValues = z.input<typeof ideaNoteSchema>;

/** A date typed as YYYY-MM-DD (a form's date field). */
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: encodeMessage('dateInvalid') })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { message: encodeMessage('dateInvalid') });

export const ideaAssignmentSchema = z.object({
  evaluatorId: IdSchema,
  dueDate: z
    .union([isoDate, z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null),
});
export type IdeaAssignmentFormValues = z.input<typeof ideaAssignmentSchema>;

export const ideaThemeSchema = z.object({ name: localizedTextSchema({ max: THEME_NAME_MAX }) });
export type IdeaThemeFormValues = z.input<typeof ideaThemeSchema>;

export const ideaCustomStateSchema = z.object({
  baseState: z.enum(IDEA_BASE_STATES),
  label: localizedTextSchema({ max: STATE_LABEL_MAX }),
  colour: z.enum(STATE_COLOUR_NAMES as [string, ...string[]]),
});
export type IdeaCustomStateFormValues = z.input<typeof ideaCustomStateSchema>;

export const IN_PERSON_CHANNELS = ['IN_PERSON', 'PAPER'] as const;

/**
 * An idea collected in person or on paper, entered by staff: what, where, when and how it was collected, for whom
 * (a name is optional and never shown publicly) and the resident's age group if asked.
 */
export const inPersonIdeaSchema = ideaBasicsSchema.extend({
  locale: z.enum(['fi', 'sv', 'en']),
  channel: z.enum(IN_PERSON_CHANNELS),
  collectedAt: isoDate,
  collectedPlace: z.string().trim().min(1).max(PLACE_MAX),
  onBehalfName: optionalText(NAME_MAX),
  ageGroup: z
    .union([z.enum(AGE_GROUPS), z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null),
  locationText: optionalText(LOCATION_TEXT_MAX),
});
export type InPersonIdeaFormValues = z.input<typeof inPersonIdeaSchema>;
export type InPersonIdea = z.output<typeof inPersonIdeaSchema>;

/** Co-authors an idea may have besides its author (invitations waiting included). */
export const COAUTHORS_MAX = 5;

/** The author invites a co-author by the email address they sign in with. */
export const ideaCoauthorInviteSchema = z.object({ email: emailSchema });
export type IdeaCoauthorInviteValues = z.input<typeof ideaCoauthorInviteSchema>;
