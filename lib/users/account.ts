import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { consumeRateLimit, resetRateLimit } from '@/lib/auth/rate-limit';
import { revokeAllSessions } from '@/lib/auth/sessions';
import { TOKEN_TTL_MS, consumeUserToken, createUserToken, findUsableUserToken, hashToken, invalidateUserTokens } from '@/lib/auth/tokens';
import { runAfterResponse } from '@/lib/core/after-response';
import { parseInput } from '@/lib/core/action-result';
import { AppError, isUniqueViolation } from '@/lib/core/errors';
import { localize } from '@/lib/core/localized-text';
import { encodeMessage } from '@/lib/core/validation-message';
import { db } from '@/lib/db';
import { appUrl } from '@/lib/core/app-url';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { queueMail } from '@/lib/mail/queue-mail';
import {
  confirmationEmail,
  emailChangeEmail,
  emailChangedNotice,
  passwordChangedNotice,
  passwordResetEmail,
} from '@/lib/mail/templates/account-emails';
import { getCurrentOrganization } from '@/lib/organization/current';
import {
  ChangeEmailSchema,
  ChangePasswordSchema,
  ProfileSchema,
  RegisterSchema,
  RequestResetSchema,
  ResendConfirmationSchema,
  ResetPasswordSchema,
  SessionIdSchema,
  TokenSchema,
} from './account-schema';

/**
 * Self-service account operations (register, confirm, reset, change email/password, profile, sessions).
 *
 * Every function parses its input with the shared schema itself, so an action, a test or a script calling it gets
 * the same validation and bad input is an INVALID_INPUT AppError with field errors before anything is stored.
 * Self-service changes are not written to the audit log (it records administrative actions); passwords and tokens
 * are never logged.
 *
 * Enumeration: "forgot password" and "send the confirmation link again" answer the same whether or not the
 * address has an account. Registration does say that an address is taken (as Decidim does), because a person who
 * already has an account needs to hear it to sign in instead; it is rate limited per address.
 */

const HOUR_MS = 3600_000;

function appLink(locale: Locale, page: string, token: string): string {
  return appUrl(`/${locale}/${page}?token=${encodeURIComponent(token)}`);
}

function appPage(locale: Locale, page: string): string {
  return appUrl(`/${locale}/${page}`);
}

function localeOf(value: string): Locale {
  return isLocale(value) ? value : defaultLocale;
}

function fieldError(field: string, key: string, params?: Record<string, string | number>): AppError {
  return new AppError('INVALID_INPUT', key, { [field]: [encodeMessage(key, params)] });
}

function assertLocaleEnabled(enabledLocales: readonly string[], locale: string, field: string): void {
  if (!enabledLocales.includes(locale)) throw fieldError(field, 'localeNotEnabled');
}

/**
 * Re-checks the password of a signed-in person before a sensitive change. Wrong guesses count in their own
 * per-account bucket, so someone holding a stolen session cannot try passwords without limit, and the owner's
 * ordinary sign-in is not locked by it.
 */
async function verifyCurrentPassword(userId: string, password: string, field: string): Promise<void> {
  // The point is taken before the slow hash check, so parallel guesses cannot all pass a stale counter.
  await consumeRateLimit('reauthAccount', userId);
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, password))) throw fieldError(field, 'wrongPassword');
  await resetRateLimit('reauthAccount', userId);
}

// ---------------------------------------------------------------------------------------------------------------
// Registration and email confirmation

export async function registerUser(input: unknown, ip: string): Promise<{ userId: string }> {
  const data = parseInput(RegisterSchema, input);
  const org = await getCurrentOrganization();
  assertLocaleEnabled(org.enabledLocales, data.preferredLocale, 'preferredLocale');
  await consumeRateLimit('registerIp', ip);

  const existing = await db.user.findUnique({
    where: { organizationId_email: { organizationId: org.id, email: data.email } },
    select: { id: true },
  });
  if (existing) throw fieldError('email', 'emailTaken');

  const passwordHash = await hashPassword(data.password);
  let created: { userId: string };
  try {
    created = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          organizationId: org.id,
          email: data.email,
          passwordHash,
          displayName: data.displayName,
          preferredLocale: data.preferredLocale,
          newsletterConsentAt: data.newsletter ? new Date() : null,
          // The consent's proof, with the account that gave it.
          consentRecords: data.newsletter ? { create: { kind: 'newsletter', given: true, source: 'registration' } } : undefined,
        },
        select: { id: true },
      });
      const token = await createUserToken(tx, user.id, 'EMAIL_CONFIRMATION');
      const mail = confirmationEmail({
        locale: data.preferredLocale,
        name: data.displayName,
        organizationName: localize(org.name, data.preferredLocale),
        url: appLink(data.preferredLocale, 'confirm-email', token),
        hours: TOKEN_TTL_MS.EMAIL_CONFIRMATION / HOUR_MS,
      });
      // Queued with the account: the job queue retries a failed send, and "send the link again" covers the rest.
      await queueMail(tx, { kind: 'account.confirmation', to: data.email, ...mail, organizationId: org.id });
      return { userId: user.id };
    });
  } catch (error) {
    // Two registrations with the same address at once: the unique index decides, the loser gets the field error.
    if (isUniqueViolation(error, 'email')) throw fieldError('email', 'emailTaken');
    throw error;
  }
  return { userId: created.userId };
}

export async function confirmEmail(input: unknown): Promise<void> {
  const { token } = parseInput(TokenSchema, input);
  const org = await getCurrentOrganization();
  await db.$transaction(async (tx) => {
    const used = await consumeUserToken(tx, 'EMAIL_CONFIRMATION', token);
    const { count } = await tx.user.updateMany({
      where: { id: used.userId, organizationId: org.id },
      data: { emailVerifiedAt: new Date() },
    });
    if (count !== 1) throw new AppError('INVALID_TOKEN');
  });
}

/** Sends a new confirmation link to an unconfirmed account. Answers the same for unknown or confirmed addresses. */
export async function resendConfirmation(input: unknown, ip: string): Promise<void> {
  const { email } = parseInput(ResendConfirmationSchema, input);
  // Own buckets (key prefix) in the reset limiters: the same "emails sent to one address" budget, counted apart.
  await consumeRateLimit('resetIp', `confirm:${ip}`);
  await consumeRateLimit('resetAccount', `confirm:${email}`);
  // Looking the address up and mailing happen after the answer, so its timing cannot tell whether it has an account.
  await runAfterResponse('confirmation email', async () => {
    const org = await getCurrentOrganization();
    const user = await db.user.findUnique({
      where: { organizationId_email: { organizationId: org.id, email } },
      select: { id: true, displayName: true, preferredLocale: true, emailVerifiedAt: true, blockedAt: true },
    });
    if (!user || user.emailVerifiedAt || user.blockedAt) return;
    const locale = localeOf(user.preferredLocale);
    await db.$transaction(async (tx) => {
      const token = await createUserToken(tx, user.id, 'EMAIL_CONFIRMATION');
      const mail = confirmationEmail({
        locale,
        name: user.displayName,
        organizationName: localize(org.name, locale),
        url: appLink(locale, 'confirm-email', token),
        hours: TOKEN_TTL_MS.EMAIL_CONFIRMATION / HOUR_MS,
      });
      await queueMail(tx, { kind: 'account.confirmation', to: email, ...mail, organizationId: org.id });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Forgotten password

/**
 * Emails a reset link when the address has an account. The caller shows the same answer either way; the limits
 * count per address whether or not it exists, so even RATE_LIMITED reveals nothing. The lookup and the mail run
 * after the response (runAfterResponse), so the answer takes as long for an unknown address as for a known one.
 */
export async function requestPasswordReset(input: unknown, ip: string): Promise<void> {
  const { email } = parseInput(RequestResetSchema, input);
  await consumeRateLimit('resetIp', ip);
  await consumeRateLimit('resetAccount', email);
  await runAfterResponse('password reset email', async () => {
    const org = await getCurrentOrganization();
    const user = await db.user.findUnique({
      where: { organizationId_email: { organizationId: org.id, email } },
      select: { id: true, displayName: true, preferredLocale: true, blockedAt: true },
    });
    if (!user || user.blockedAt) return;
    const locale = localeOf(user.preferredLocale);
    // A delivery failure must not answer differently from an unknown address: the queue retries it, and admins see a
    // delivery that failed for good.
    await db.$transaction(async (tx) => {
      const token = await createUserToken(tx, user.id, 'PASSWORD_RESET');
      const mail = passwordResetEmail({
        locale,
        name: user.displayName,
        organizationName: localize(org.name, locale),
        url: appLink(locale, 'reset-password', token),
        minutes: TOKEN_TTL_MS.PASSWORD_RESET / 60_000,
      });
      await queueMail(tx, { kind: 'account.password-reset', to: email, ...mail, organizationId: org.id });
    });
  });
}

/**
 * Sets a new password with an emailed token and signs the account out everywhere. Attempts are limited per address
 * and per link, and the link is checked before the (deliberately slow) password hash is computed, so guessing
 * links costs the server one indexed lookup each, not an argon2 hash.
 */
export async function resetPassword(input: unknown, ip: string): Promise<void> {
  const data = parseInput(ResetPasswordSchema, input);
  await consumeRateLimit('resetAttemptIp', ip);
  await consumeRateLimit('resetAttemptToken', hashToken(data.token));
  const org = await getCurrentOrganization();
  await findUsableUserToken(db, 'PASSWORD_RESET', data.token);
  const passwordHash = await hashPassword(data.password);
  const email = await db.$transaction(async (tx) => {
    // Consumed again inside the transaction: of two requests racing with the same link only one wins.
    const used = await consumeUserToken(tx, 'PASSWORD_RESET', data.token);
    const user = await tx.user.findFirst({
      where: { id: used.userId, organizationId: org.id },
      select: { id: true, email: true, emailVerifiedAt: true },
    });
    if (!user) throw new AppError('INVALID_TOKEN');
    await tx.user.update({
      where: { id: user.id },
      // The link reached the mailbox, which proves the address as well as a confirmation link would.
      data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
    });
    await revokeAllSessions(tx, user.id);
    await invalidateUserTokens(tx, user.id);
    return user.email;
  });
  // The owner proved the mailbox: failed guesses made before the reset no longer slow them down.
  await resetRateLimit('signInAccountAttempts', email);
}

// ---------------------------------------------------------------------------------------------------------------
// Signed-in changes

/** Changes the password after checking the current one; other browsers are signed out, this one stays. */
export async function changePassword(actor: Actor, input: unknown): Promise<{ revokedSessions: number }> {
  const data = parseInput(ChangePasswordSchema, input);
  await verifyCurrentPassword(actor.userId, data.currentPassword, 'currentPassword');
  const passwordHash = await hashPassword(data.newPassword);
  const org = await getCurrentOrganization();
  const mail = passwordChangedNotice({
    locale: actor.locale,
    name: actor.displayName,
    organizationName: localize(org.name, actor.locale),
    resetUrl: appPage(actor.locale, 'forgot-password'),
  });
  const revokedSessions = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
    await invalidateUserTokens(tx, actor.userId);
    await queueMail(tx, { kind: 'account.password-changed', to: actor.email, ...mail, organizationId: org.id });
    return revokeAllSessions(tx, actor.userId, actor.sessionId);
  });
  return { revokedSessions };
}

/** Starts an email change: the link goes to the NEW address, and the address changes only when it is opened. */
export async function requestEmailChange(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(ChangeEmailSchema, input);
  if (data.newEmail === actor.email) throw fieldError('newEmail', 'emailUnchanged');
  await verifyCurrentPassword(actor.userId, data.currentPassword, 'currentPassword');
  await consumeRateLimit('resetAccount', `email-change:${actor.userId}`);
  const taken = await db.user.findUnique({
    where: { organizationId_email: { organizationId: actor.organizationId, email: data.newEmail } },
    select: { id: true },
  });
  if (taken) throw fieldError('newEmail', 'emailTaken');

  const org = await getCurrentOrganization();
  await db.$transaction(async (tx) => {
    const token = await createUserToken(tx, actor.userId, 'EMAIL_CHANGE', data.newEmail);
    const mail = emailChangeEmail({
      locale: actor.locale,
      name: actor.displayName,
      organizationName: localize(org.name, actor.locale),
      url: appLink(actor.locale, 'confirm-email-change', token),
      hours: TOKEN_TTL_MS.EMAIL_CHANGE / HOUR_MS,
    });
    await queueMail(tx, { kind: 'account.email-change', to: data.newEmail, ...mail, organizationId: org.id });
  });
}

export async function confirmEmailChange(input: unknown): Promise<void> {
  const { token } = parseInput(TokenSchema, input);
  const org = await getCurrentOrganization();
  try {
    await db.$transaction(async (tx) => {
      const used = await consumeUserToken(tx, 'EMAIL_CHANGE', token);
      if (!used.newEmail) throw new AppError('INVALID_TOKEN');
      const user = await tx.user.findFirst({
        where: { id: used.userId, organizationId: org.id },
        select: { id: true, email: true, displayName: true, preferredLocale: true },
      });
      if (!user) throw new AppError('INVALID_TOKEN');
      const taken = await tx.user.findUnique({
        where: { organizationId_email: { organizationId: org.id, email: used.newEmail } },
        select: { id: true },
      });
      // Someone registered the address after the change was requested.
      if (taken && taken.id !== user.id) throw new AppError('CONFLICT');
      await tx.user.update({ where: { id: user.id }, data: { email: used.newEmail, emailVerifiedAt: new Date() } });
      await invalidateUserTokens(tx, user.id, ['PASSWORD_RESET', 'EMAIL_CONFIRMATION']);
      const locale = localeOf(user.preferredLocale);
      if (user.email !== used.newEmail) {
        // The old address hears of the change, so that its owner can react if it was not them.
        const mail = emailChangedNotice({
          locale,
          name: user.displayName,
          organizationName: localize(org.name, locale),
          newEmail: used.newEmail,
          resetUrl: appPage(locale, 'forgot-password'),
        });
        await queueMail(tx, { kind: 'account.email-changed', to: user.email, ...mail, organizationId: org.id });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error, 'email')) throw new AppError('CONFLICT');
    throw error;
  }
}

export async function updateProfile(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(ProfileSchema, input);
  const org = await getCurrentOrganization();
  assertLocaleEnabled(org.enabledLocales, data.preferredLocale, 'preferredLocale');
  if (data.homeAreaId) {
    const area = await db.area.findFirst({
      where: { id: data.homeAreaId, organizationId: actor.organizationId },
      select: { id: true },
    });
    if (!area) throw fieldError('homeAreaId', 'areaNotFound');
  }
  await db.user.update({
    where: { id: actor.userId },
    data: {
      displayName: data.displayName,
      preferredLocale: data.preferredLocale,
      homeAreaId: data.homeAreaId ?? null,
      birthYear: data.birthYear ?? null,
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Sessions

/** Signs out every browser of the person, this one included (the caller then clears this browser's cookie). */
export async function signOutEverywhere(actor: Actor): Promise<{ revokedSessions: number }> {
  // Pending links are voided too: "sign out everywhere" is what someone does when they fear the account is misused.
  return db.$transaction(async (tx) => {
    await invalidateUserTokens(tx, actor.userId);
    return { revokedSessions: await revokeAllSessions(tx, actor.userId) };
  });
}

/** Signs out one of the person's own browsers; someone else's session id does nothing. */
export async function revokeOwnSession(actor: Actor, input: unknown): Promise<{ wasCurrent: boolean }> {
  const { sessionId } = parseInput(SessionIdSchema, input);
  const { count } = await db.session.updateMany({
    where: { id: sessionId, userId: actor.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError('NOT_FOUND');
  return { wasCurrent: sessionId === actor.sessionId };
}

export type SessionSummary = {
  id: string;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  isCurrent: boolean;
};

export async function listSessions(actor: Actor): Promise<SessionSummary[]> {
  const rows = await db.session.findMany({
    where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: 'desc' },
    take: 50,
  });
  return rows.map((r) => ({ ...r, isCurrent: r.id === actor.sessionId }));
}

// ---------------------------------------------------------------------------------------------------------------
// Profile page data

export type ProfileData = {
  email: string;
  displayName: string;
  preferredLocale: Locale;
  homeAreaId: string | null;
  birthYear: number | null;
  pendingEmail: string | null;
};

export async function getProfile(actor: Actor): Promise<ProfileData> {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: {
      email: true,
      displayName: true,
      preferredLocale: true,
      homeAreaId: true,
      birthYear: true,
      tokens: {
        where: { kind: 'EMAIL_CHANGE', usedAt: null, expiresAt: { gt: new Date() } },
        select: { newEmail: true },
        orderBy: { createdAt: 'desc' },
        take: 1,
      },
    },
  });
  if (!user) throw new AppError('NOT_FOUND');
  return {
    email: user.email,
    displayName: user.displayName,
    preferredLocale: localeOf(user.preferredLocale),
    homeAreaId: user.homeAreaId,
    birthYear: user.birthYear,
    pendingEmail: user.tokens[0]?.newEmail ?? null,
  };
}

/** The organization's areas as choices for "home area", sorted by name in the reader's language. */
export async function findHomeAreaOptions(organizationId: string, locale: Locale): Promise<{ id: string; name: string }[]> {
  const areas = await db.area.findMany({ where: { organizationId }, select: { id: true, name: true } });
  const collator = new Intl.Collator(locale);
  return areas.map((a) => ({ id: a.id, name: localize(a.name, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}
