import { z, encodeMessage } from '@/lib/core/zod';
import { localizedTextSchema } from '@/lib/core/localized-text';
import { defaultLocale, locales, type Locale } from '@/lib/i18n/config';

export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';
export const ORGANIZATION_NAME_MAX = 120;

/** IANA time zones the runtime knows; the same list fills the form's select. */
let timeZones: string[] | undefined;
export function supportedTimeZones(): string[] {
  if (!timeZones) {
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    timeZones = zones.includes(DEFAULT_TIME_ZONE) ? zones : [DEFAULT_TIME_ZONE, ...zones];
  }
  return timeZones;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const emailCheck = z.email();

/** An email field that may be left empty; empty means "not set" (stored as NULL). */
const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .nullish()
  .transform((v) => (v ? v.toLowerCase() : undefined))
  .refine((v) => v === undefined || emailCheck.safeParse(v).success, { message: encodeMessage('invalidEmail') });

/** A date input value (YYYY-MM-DD) that may be left empty. Kept as a string so the output re-parses on the server. */
const optionalIsoDate = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isIsoDate(v), { message: encodeMessage('invalidDate') });

/** A checkbox group gives an array, a single string, or false when nothing is ticked; normalise before checking. */
const enabledLocales = z.preprocess(
  (v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []),
  z
    .array(z.enum(locales))
    .max(locales.length)
    .transform((list): Locale[] => locales.filter((l) => list.includes(l)))
    // Finnish is the fallback language of all content, so it cannot be switched off.
    .refine((list) => list.includes(defaultLocale), { message: encodeMessage('finnishRequired') }),
);

export const OrganizationSettingsSchema = z.object({
  name: localizedTextSchema({ max: ORGANIZATION_NAME_MAX }),
  contactEmail: optionalEmail,
  accessibilityContactEmail: optionalEmail,
  enabledLocales,
  timeZone: z
    .string()
    .trim()
    .min(1)
    .refine((tz) => supportedTimeZones().includes(tz), { message: encodeMessage('invalidTimeZone') }),
  accessibilityStatementDate: optionalIsoDate,
});

export type OrganizationSettingsInput = z.input<typeof OrganizationSettingsSchema>;
export type OrganizationSettings = z.output<typeof OrganizationSettingsSchema>;
