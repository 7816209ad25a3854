import { AssemblyType, MemberPosition, SpaceKind, SpaceRoleKind } from '@/generated/prisma/enums';
import { encodeMessage, z } from '@/lib/core/zod';
import { localizedTextSchema, optionalLocalizedTextSchema } from '@/lib/core/localized-text';
import { isAllowedImageHost } from '@/lib/security/image-hosts';

/**
 * Zod schemas of the space admin forms, shared by the browser (react-hook-form) and the server actions. Every
 * output is also a valid input: the browser parses once, sends the output, and the server parses it again.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Hero images are not uploaded yet: a file the installation serves from public/images/, or an https address on a
 * host of the IMAGE_HOSTS allow-list (any other host would learn who reads which page; lib/security/image-hosts.ts).
 * The list comes from the server's configuration, so the schemas below are built for it: the admin pages pass it
 * to the forms, the actions use the same list.
 */
const IMAGE_PATH_PATTERN = /^\/images\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export type ImageHosts = readonly string[];

export function isAllowedImageUrl(value: string, imageHosts: ImageHosts): boolean {
  if (IMAGE_PATH_PATTERN.test(value)) return !value.includes('..');
  try {
    const url = new URL(value);
    // No port: the Content-Security-Policy allows the listed hosts on the default https port only.
    const wellFormed = url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password && !url.port;
    return wellFormed && isAllowedImageHost(url.hostname, imageHosts);
  } catch {
    return false;
  }
}

/** Empty form inputs ('' from text inputs and selects) mean "not given". */
function emptyToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** A calendar date as the browser's date input gives it (YYYY-MM-DD); empty means none. */
const optionalDate = z.preprocess(emptyToUndefined, z.iso.date(encodeMessage('invalidDate')).optional());

const slugSchema = z.string().trim().min(1).max(80).regex(SLUG_PATTERN, encodeMessage('slug'));

function heroImageUrlSchema(imageHosts: ImageHosts) {
  const message =
    imageHosts.length > 0 ? encodeMessage('imageUrl', { hosts: imageHosts.join(', ') }) : encodeMessage('imageUrlOwnOnly');
  return z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(500)
      .refine((value) => isAllowedImageUrl(value, imageHosts), message)
      .optional(),
  );
}

/** Checkbox groups send an array; a single or missing value (forged or from older browsers) becomes an array. */
const areaIdsSchema = z.preprocess(
  (v) => (Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : []),
  z
    .array(z.string().min(1).max(64))
    .max(50)
    .transform((ids) => [...new Set(ids)]),
);

function refineDates(value: { startDate?: string; endDate?: string }, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: encodeMessage('dateOrder') });
  }
}

/** Whether an optional localized text holds anything (empty ones are stored as NULL). */
export function hasLocalizedText(text: { fi?: string; sv?: string; en?: string } | undefined): boolean {
  return !!text && !!(text.fi || text.sv || text.en);
}

const spaceShape = (imageHosts: ImageHosts) => ({
  kind: z.enum(SpaceKind),
  slug: slugSchema,
  title: localizedTextSchema({ max: 150 }),
  subtitle: optionalLocalizedTextSchema({ max: 250 }).optional(),
  /** Markdown; rendered with react-markdown (no raw HTML) on the public pages. */
  description: localizedTextSchema({ max: 10_000 }),
  heroImageUrl: heroImageUrlSchema(imageHosts),
  heroImageAlt: optionalLocalizedTextSchema({ max: 250 }).optional(),
  assemblyType: z.preprocess(emptyToUndefined, z.enum(AssemblyType).optional()),
  startDate: optionalDate,
  endDate: optionalDate,
  areaIds: areaIdsSchema,
});

type SpaceFieldsForRefine = {
  kind: SpaceKind;
  assemblyType?: AssemblyType;
  heroImageUrl?: string;
  heroImageAlt?: { fi?: string; sv?: string; en?: string };
  startDate?: string;
  endDate?: string;
};

function refineSpace(value: SpaceFieldsForRefine, ctx: z.RefinementCtx) {
  if (value.kind === 'ASSEMBLY' && !value.assemblyType) {
    ctx.addIssue({ code: 'custom', path: ['assemblyType'], message: encodeMessage('required') });
  }
  if (value.kind === 'PROCESS' && value.assemblyType) {
    ctx.addIssue({ code: 'custom', path: ['assemblyType'], message: encodeMessage('unexpectedField') });
  }
  // An image without a text alternative would fail WCAG 1.1.1 on the public page; Finnish is the fallback language.
  if (value.heroImageUrl && !value.heroImageAlt?.fi) {
    ctx.addIssue({ code: 'custom', path: ['heroImageAlt', 'fi'], message: encodeMessage('required') });
  }
  refineDates(value, ctx);
}

/** Creating a space (org admins only, who may also decide whether it is private). */
export function spaceInputSchema(imageHosts: ImageHosts) {
  return z.object({ ...spaceShape(imageHosts), isPrivate: z.boolean().default(false) }).superRefine(refineSpace);
}
export type SpaceInput = z.output<ReturnType<typeof spaceInputSchema>>;
export type SpaceFormValues = z.input<ReturnType<typeof spaceInputSchema>>;

/**
 * Editing a space. `isPrivate` is absent from the details form: leaving it out keeps the current value, and
 * sending it requires the right to publish (the action refuses it from coordinators).
 */
export function spaceUpdateSchema(imageHosts: ImageHosts) {
  return z.object({ ...spaceShape(imageHosts), isPrivate: z.boolean().optional() }).superRefine(refineSpace);
}
export type SpaceUpdateInput = z.output<ReturnType<typeof spaceUpdateSchema>>;
export type SpaceUpdateFormValues = z.input<ReturnType<typeof spaceUpdateSchema>>;

export const SpacePrivacySchema = z.object({ isPrivate: z.boolean() });
export const SpaceAreasSchema = z.object({ areaIds: areaIdsSchema });

export const PhaseInputSchema = z
  .object({
    title: localizedTextSchema({ max: 150 }),
    description: optionalLocalizedTextSchema({ max: 5_000 }).optional(),
    startDate: optionalDate,
    endDate: optionalDate,
  })
  .superRefine(refineDates);
export type PhaseInput = z.output<typeof PhaseInputSchema>;
export type PhaseFormValues = z.input<typeof PhaseInputSchema>;

export const MoveDirectionSchema = z.enum(['up', 'down']);
export type MoveDirection = z.output<typeof MoveDirectionSchema>;

const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** Grants a role to an existing account of the organization, found by email. */
export const SpaceRoleGrantSchema = z.object({
  email: emailSchema,
  role: z.enum(SpaceRoleKind),
});
export type SpaceRoleGrantInput = z.output<typeof SpaceRoleGrantSchema>;
export type SpaceRoleGrantFormValues = z.input<typeof SpaceRoleGrantSchema>;

/** A publicly listed member (e.g. of a rural council), optionally linked to an account by email. */
export const SpaceMemberSchema = z
  .object({
    fullName: z.string().trim().min(1).max(120),
    position: z.enum(MemberPosition),
    positionNote: optionalLocalizedTextSchema({ max: 120 }).optional(),
    userEmail: z.preprocess(emptyToUndefined, emailSchema.optional()),
    startDate: optionalDate,
    endDate: optionalDate,
  })
  .superRefine(refineDates);
export type SpaceMemberInput = z.output<typeof SpaceMemberSchema>;
export type SpaceMemberFormValues = z.input<typeof SpaceMemberSchema>;

/** Record ids from the URL or a form; cuid()s, bounded so forged values cannot be huge. */
export const RecordIdSchema = z.string().trim().min(1).max(64);
