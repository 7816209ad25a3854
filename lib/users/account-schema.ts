import { encodeMessage, z } from '@/lib/core/zod';
import { locales } from '@/lib/i18n/config';

/**
 * Schemas shared by the account forms (browser) and the account actions (server). The server re-parses what the
 * browser already parsed, so every schema must accept its own output as input (see optionalBirthYear).
 */

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const DISPLAY_NAME_MAX = 80;
export const BIRTH_YEAR_MIN = 1900;

export function currentYear(): number {
  return new Date().getFullYear();
}

/** Trimmed and lower-cased, so "Maija@Example.fi " and "maija@example.fi" are the same account. */
export const emailSchema = z.string().trim().toLowerCase().min(1).max(254).pipe(z.email());

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, encodeMessage('passwordTooWeak', { min: PASSWORD_MIN }))
  .max(PASSWORD_MAX);

/** An existing password is only checked against its hash, so any non-empty value up to the maximum is accepted. */
export const currentPasswordSchema = z.string().min(1).max(PASSWORD_MAX);

export const displayNameSchema = z.string().trim().min(1).max(DISPLAY_NAME_MAX);

export const localeSchema = z.enum(locales);

const birthYearMessage = () => encodeMessage('birthYearRange', { min: BIRTH_YEAR_MIN, max: currentYear() });

/** An empty field means "not given"; a form sends a string, the server's re-parse receives the number. */
export const optionalBirthYear = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? undefined : typeof v === 'string' ? Number(v.trim()) : v),
  z
    .number({ error: birthYearMessage })
    .int({ error: birthYearMessage })
    .min(BIRTH_YEAR_MIN, { error: birthYearMessage })
    .refine((year) => year <= currentYear(), { error: birthYearMessage })
    .optional(),
);

/** An area id chosen from a list; whether it is an area of the organization is checked on the server. */
export const optionalAreaId = z.preprocess(
  (v) => (v === '' || v === null ? undefined : v),
  z.string().max(64).optional(),
);

/** A one-time token from an emailed link. Its validity is checked on the server (INVALID_TOKEN), not here. */
export const tokenSchema = z.string().trim().max(300);

export const RegisterSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  displayName: displayNameSchema,
  preferredLocale: localeSchema,
  /** Consent to newsletters, given (or not) with the account; recorded with its time (lib/newsletters/consent.ts). */
  newsletter: z.boolean().default(false),
});
export type RegisterInput = z.output<typeof RegisterSchema>;

/** The sign-in form; the server validates again in lib/auth/sign-in.ts. */
export const SignInFormSchema = z.object({
  email: emailSchema,
  password: currentPasswordSchema,
});
export type SignInFormInput = z.output<typeof SignInFormSchema>;

export const ProfileSchema = z.object({
  displayName: displayNameSchema,
  preferredLocale: localeSchema,
  homeAreaId: optionalAreaId,
  birthYear: optionalBirthYear,
});
export type ProfileInput = z.output<typeof ProfileSchema>;

export const ChangePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: newPasswordSchema,
    confirm: z.string().min(1).max(PASSWORD_MAX),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], error: encodeMessage('passwordsDiffer') });
export type ChangePasswordInput = z.output<typeof ChangePasswordSchema>;

export const ChangeEmailSchema = z.object({
  newEmail: emailSchema,
  currentPassword: currentPasswordSchema,
});
export type ChangeEmailInput = z.output<typeof ChangeEmailSchema>;

/** Used by "forgot password" and "send the confirmation link again". */
export const RequestResetSchema = z.object({ email: emailSchema });
export type RequestResetInput = z.output<typeof RequestResetSchema>;
export const ResendConfirmationSchema = RequestResetSchema;

export const ResetPasswordSchema = z
  .object({
    token: tokenSchema,
    password: newPasswordSchema,
    confirm: z.string().min(1).max(PASSWORD_MAX),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: encodeMessage('passwordsDiffer') });
export type ResetPasswordInput = z.output<typeof ResetPasswordSchema>;

export const TokenSchema = z.object({ token: tokenSchema });

export const SessionIdSchema = z.object({ sessionId: z.string().min(1).max(64) });

// Kept in their own module, free of zod, so the sign-in form can use them without shipping the schemas.
export { safeReturnTo, signInTarget } from './return-to';
