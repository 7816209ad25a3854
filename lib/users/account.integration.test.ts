/**
 * Accounts against the real database and a real SMTP server (the sink started by the integration global setup):
 * every email asserted here was sent by nodemailer over SMTP and received by the sink. Each test uses addresses and
 * client addresses ("IPs") of its own, because the database and the rate-limit table are shared by all tests.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { loadActorBySession } from '@/lib/auth/current-actor';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { SIGN_IN_DELAY_CAP_MS } from '@/lib/auth/sign-in-delay';
import { AppError } from '@/lib/core/errors';
import { decodeMessage } from '@/lib/core/validation-message';
import { readMailbox, requireFirstUrl } from '@/tests/setup/mailbox';
import { runQueuedJobs, waitForQueuedMail } from '@/tests/setup/jobs';
import {
  changePassword,
  confirmEmail,
  confirmEmailChange,
  getProfile,
  listSessions,
  registerUser,
  requestEmailChange,
  requestPasswordReset,
  resendConfirmation,
  resetPassword,
  revokeOwnSession,
  signOutEverywhere,
  updateProfile,
} from './account';

const PASSWORD = 'Kuopion kesä on lyhyt 2026';
const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const uniqueEmail = (label: string) => `${label}-${suffix()}@example.test`;
/** A rate-limit key standing for one client address, so that tests do not share the per-IP buckets. */
const uniqueIp = () => `test-ip-${suffix()}`;

/** Awaits a promise that must fail with an AppError and returns it (field errors decoded to keys). */
async function appError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error('expected an AppError, but the call succeeded');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const e = error as AppError;
  const fields = Object.fromEntries(Object.entries(e.fieldErrors ?? {}).map(([k, v]) => [k, v.map((m) => decodeMessage(m).key)]));
  return { code: e.code, fields };
}

function tokenOf(url: string): string {
  const token = new URL(url).searchParams.get('token');
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

async function register(email: string, options: { locale?: 'fi' | 'sv' | 'en'; ip?: string } = {}) {
  const since = new Date();
  await registerUser(
    { email, password: PASSWORD, displayName: 'Testi Asukas', preferredLocale: options.locale ?? 'fi' },
    options.ip ?? uniqueIp(),
  );
  const mail = await waitForQueuedMail(email, { since });
  return { mail, url: requireFirstUrl(mail) };
}

async function registerConfirmed(email: string, ip = uniqueIp()) {
  const { url } = await register(email, { ip });
  await confirmEmail({ token: tokenOf(url) });
}

async function signInActor(email: string, password = PASSWORD, ip = uniqueIp()): Promise<Actor> {
  const { sessionId } = await signInWithPassword({ email, password }, ip, 'Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0');
  const actor = await loadActorBySession(sessionId);
  if (!actor) throw new Error('a fresh session should load an actor');
  return actor;
}

describe('registration and email confirmation', () => {
  it('registers, mails a confirmation link over SMTP, confirms, and then signs in', async () => {
    const email = uniqueEmail('register');
    const { mail, url } = await register(email.toUpperCase());

    expect(mail.subject).toBe('Vahvista sähköpostiosoitteesi – Yhdessä');
    expect(mail.text).toContain('Hei Testi Asukas,');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/fi\/confirm-email\?token=[\w-]{40,}$/);

    const user = await db.user.findFirstOrThrow({ where: { email }, select: { passwordHash: true, emailVerifiedAt: true, preferredLocale: true } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.preferredLocale).toBe('fi');

    expect((await appError(signInWithPassword({ email, password: PASSWORD }, uniqueIp(), null))).code).toBe('EMAIL_NOT_CONFIRMED');

    await confirmEmail({ token: tokenOf(url) });
    const actor = await signInActor(email);
    expect(actor.email).toBe(email);
    expect(actor.displayName).toBe('Testi Asukas');
  });

  it('records consent to newsletters given with the account, and none when not given', async () => {
    const withConsent = uniqueEmail('register-nl');
    await registerUser({ email: withConsent, password: PASSWORD, displayName: 'Tilaaja', preferredLocale: 'fi', newsletter: true }, uniqueIp());
    const user = await db.user.findFirstOrThrow({ where: { email: withConsent }, select: { newsletterConsentAt: true, consentRecords: { select: { kind: true, given: true, source: true } } } });
    expect(user.newsletterConsentAt).toBeInstanceOf(Date);
    expect(user.consentRecords).toEqual([{ kind: 'newsletter', given: true, source: 'registration' }]);
    const without = uniqueEmail('register-no-nl');
    await registerUser({ email: without, password: PASSWORD, displayName: 'Ei tilaa', preferredLocale: 'fi' }, uniqueIp());
    expect(await db.user.findFirstOrThrow({ where: { email: without }, select: { newsletterConsentAt: true, consentRecords: true } })).toEqual({ newsletterConsentAt: null, consentRecords: [] });
  });

  it('writes the email in the chosen language and links to that language', async () => {
    const email = uniqueEmail('register-sv');
    const { mail, url } = await register(email, { locale: 'sv' });
    expect(mail.subject).toBe('Bekräfta din e-postadress – Yhdessä');
    expect(mail.text).toContain('Hej Testi Asukas,');
    expect(url).toContain('/sv/confirm-email?token=');
  });

  it('refuses an address that already has an account (in any letter case) and stores no second row', async () => {
    const email = uniqueEmail('duplicate');
    await register(email);
    const error = await appError(
      registerUser({ email: email.toUpperCase(), password: PASSWORD, displayName: 'Toinen', preferredLocale: 'fi' }, uniqueIp()),
    );
    expect(error).toEqual({ code: 'INVALID_INPUT', fields: { email: ['emailTaken'] } });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it('refuses bad input with field errors and stores nothing, sends nothing', async () => {
    const email = uniqueEmail('invalid');
    const error = await appError(registerUser({ email, password: 'lyhyt', displayName: '', preferredLocale: 'de' }, uniqueIp()));
    expect(error).toEqual({
      code: 'INVALID_INPUT',
      fields: { password: ['passwordTooWeak'], displayName: ['required'], preferredLocale: ['invalidChoice'] },
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
    await runQueuedJobs();
    expect(readMailbox(email)).toEqual([]);
  });

  it('uses a confirmation token once, and refuses unknown tokens', async () => {
    const email = uniqueEmail('token-once');
    const { url } = await register(email);
    await confirmEmail({ token: tokenOf(url) });
    expect((await appError(confirmEmail({ token: tokenOf(url) }))).code).toBe('INVALID_TOKEN');
    expect((await appError(confirmEmail({ token: 'x'.repeat(43) }))).code).toBe('INVALID_TOKEN');
    expect((await appError(confirmEmail({ token: '' }))).code).toBe('INVALID_TOKEN');
  });

  it('sends a new confirmation link on request, which replaces the old one; unknown addresses get nothing', async () => {
    const email = uniqueEmail('resend');
    const first = await register(email);
    const since = new Date();
    await resendConfirmation({ email }, uniqueIp());
    const second = requireFirstUrl(await waitForQueuedMail(email, { since }));
    expect(second).not.toBe(first.url);
    expect((await appError(confirmEmail({ token: tokenOf(first.url) }))).code).toBe('INVALID_TOKEN');
    await confirmEmail({ token: tokenOf(second) });

    const unknown = uniqueEmail('resend-unknown');
    await expect(resendConfirmation({ email: unknown }, uniqueIp())).resolves.toBeUndefined();
    // Confirmed accounts get no link either: the answer is the same, the mailbox stays as it was.
    await runQueuedJobs();
    const before = readMailbox(email).length;
    await resendConfirmation({ email }, uniqueIp());
    await runQueuedJobs();
    expect(readMailbox(email)).toHaveLength(before);
    expect(readMailbox(unknown)).toEqual([]);
  });
});

describe('forgotten password', () => {
  it('answers the same for an unknown address and sends nothing', async () => {
    const email = uniqueEmail('reset-unknown');
    await expect(requestPasswordReset({ email }, uniqueIp())).resolves.toBeUndefined();
    await runQueuedJobs();
    expect(readMailbox(email)).toEqual([]);
  });

  it('resets the password with the emailed link and signs the account out everywhere', async () => {
    const email = uniqueEmail('reset');
    await registerConfirmed(email);
    const phone = await signInActor(email);
    const laptop = await signInActor(email);

    const since = new Date();
    await requestPasswordReset({ email: ` ${email.toUpperCase()} ` }, uniqueIp());
    const mail = await waitForQueuedMail(email, { since });
    expect(mail.subject).toBe('Uuden salasanan asettaminen – Yhdessä');
    const url = requireFirstUrl(mail);
    expect(url).toContain('/fi/reset-password?token=');

    const mismatch = await appError(resetPassword({ token: tokenOf(url), password: 'uusi salasana 1', confirm: 'uusi salasana 2' }, uniqueIp()));
    expect(mismatch).toEqual({ code: 'INVALID_INPUT', fields: { confirm: ['passwordsDiffer'] } });

    await resetPassword({ token: tokenOf(url), password: 'Uusi salasana 2026', confirm: 'Uusi salasana 2026' }, uniqueIp());
    expect(await loadActorBySession(phone.sessionId)).toBeNull();
    expect(await loadActorBySession(laptop.sessionId)).toBeNull();
    expect((await appError(signInWithPassword({ email, password: PASSWORD }, uniqueIp(), null))).code).toBe('INVALID_CREDENTIALS');
    expect((await signInActor(email, 'Uusi salasana 2026')).email).toBe(email);

    const reused = await appError(resetPassword({ token: tokenOf(url), password: 'Kolmas salasana', confirm: 'Kolmas salasana' }, uniqueIp()));
    expect(reused.code).toBe('INVALID_TOKEN');
  });

  it('limits reset requests per address, also for addresses without an account', async () => {
    for (const email of [uniqueEmail('reset-limit'), uniqueEmail('reset-limit-unknown')]) {
      for (let i = 0; i < 5; i++) await requestPasswordReset({ email }, uniqueIp());
      expect((await appError(requestPasswordReset({ email }, uniqueIp()))).code).toBe('RATE_LIMITED');
    }
  });
});

describe('changes by a signed-in person', () => {
  it('refuses a password change with a wrong current password and keeps the old password', async () => {
    const email = uniqueEmail('change-pw-wrong');
    await registerConfirmed(email);
    const actor = await signInActor(email);
    const before = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });

    const error = await appError(changePassword(actor, { currentPassword: 'väärä salasana', newPassword: 'Uusi salasana 2026', confirm: 'Uusi salasana 2026' }));
    expect(error).toEqual({ code: 'INVALID_INPUT', fields: { currentPassword: ['wrongPassword'] } });
    const after = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
    expect(after.passwordHash).toBe(before.passwordHash);
  });

  it('changes the password, keeps this session, signs out the others and sends a notice', async () => {
    const email = uniqueEmail('change-pw');
    await registerConfirmed(email);
    const actor = await signInActor(email);
    const other = await signInActor(email);
    const since = new Date();

    const result = await changePassword(actor, { currentPassword: PASSWORD, newPassword: 'Uusi salasana 2026', confirm: 'Uusi salasana 2026' });
    expect(result.revokedSessions).toBe(1);
    expect(await loadActorBySession(actor.sessionId)).not.toBeNull();
    expect(await loadActorBySession(other.sessionId)).toBeNull();
    expect((await waitForQueuedMail(email, { since })).subject).toBe('Salasanasi vaihdettiin – Yhdessä');
    expect((await signInActor(email, 'Uusi salasana 2026')).userId).toBe(actor.userId);
  });

  it('changes the email only after the link sent to the new address is opened', async () => {
    const email = uniqueEmail('change-email');
    const newEmail = uniqueEmail('changed-email');
    await registerConfirmed(email);
    const actor = await signInActor(email);

    expect(await appError(requestEmailChange(actor, { newEmail, currentPassword: 'väärä' }))).toEqual({
      code: 'INVALID_INPUT',
      fields: { currentPassword: ['wrongPassword'] },
    });
    expect(await appError(requestEmailChange(actor, { newEmail: 'resident@kuopio.example', currentPassword: PASSWORD }))).toEqual({
      code: 'INVALID_INPUT',
      fields: { newEmail: ['emailTaken'] },
    });
    expect(await appError(requestEmailChange(actor, { newEmail: email.toUpperCase(), currentPassword: PASSWORD }))).toEqual({
      code: 'INVALID_INPUT',
      fields: { newEmail: ['emailUnchanged'] },
    });

    const since = new Date();
    await requestEmailChange(actor, { newEmail, currentPassword: PASSWORD });
    const mail = await waitForQueuedMail(newEmail, { since });
    expect(mail.subject).toBe('Vahvista uusi sähköpostiosoitteesi – Yhdessä');
    const url = requireFirstUrl(mail);
    expect(url).toContain('/fi/confirm-email-change?token=');
    expect((await getProfile(actor)).pendingEmail).toBe(newEmail);
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).email).toBe(email);

    await confirmEmailChange({ token: tokenOf(url) });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).email).toBe(newEmail);
    expect((await waitForQueuedMail(email, { since })).subject).toBe('Sähköpostiosoitteesi vaihdettiin – Yhdessä');
    expect((await signInActor(newEmail)).userId).toBe(actor.userId);
    expect((await appError(signInWithPassword({ email, password: PASSWORD }, uniqueIp(), null))).code).toBe('INVALID_CREDENTIALS');
    expect((await appError(confirmEmailChange({ token: tokenOf(url) }))).code).toBe('INVALID_TOKEN');
  });

  it('does not change the email when the new address was registered in the meantime', async () => {
    const email = uniqueEmail('change-email-race');
    const newEmail = uniqueEmail('taken-later');
    await registerConfirmed(email);
    const actor = await signInActor(email);
    const since = new Date();
    await requestEmailChange(actor, { newEmail, currentPassword: PASSWORD });
    const url = requireFirstUrl(await waitForQueuedMail(newEmail, { since }));
    await register(newEmail);

    expect((await appError(confirmEmailChange({ token: tokenOf(url) }))).code).toBe('CONFLICT');
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).email).toBe(email);
  });

  it('saves the profile with a home area of the organization and a birth year, and can clear them', async () => {
    const email = uniqueEmail('profile');
    await registerConfirmed(email);
    const actor = await signInActor(email);
    const area = await db.area.findFirstOrThrow({ where: { organizationId: actor.organizationId, slug: 'neulamaki' } });

    await updateProfile(actor, { displayName: ' Uusi Nimi ', preferredLocale: 'sv', homeAreaId: area.id, birthYear: '1990' });
    expect(await getProfile(actor)).toMatchObject({ displayName: 'Uusi Nimi', preferredLocale: 'sv', homeAreaId: area.id, birthYear: 1990 });

    await updateProfile(actor, { displayName: 'Uusi Nimi', preferredLocale: 'fi', homeAreaId: '', birthYear: '' });
    expect(await getProfile(actor)).toMatchObject({ preferredLocale: 'fi', homeAreaId: null, birthYear: null });
  });

  it('refuses an unknown home area and an impossible birth year, changing nothing', async () => {
    const email = uniqueEmail('profile-invalid');
    await registerConfirmed(email);
    const actor = await signInActor(email);
    const before = await getProfile(actor);

    expect(await appError(updateProfile(actor, { displayName: 'X', preferredLocale: 'fi', homeAreaId: 'not-an-area', birthYear: '' }))).toEqual({
      code: 'INVALID_INPUT',
      fields: { homeAreaId: ['areaNotFound'] },
    });
    expect(await appError(updateProfile(actor, { displayName: 'X', preferredLocale: 'fi', birthYear: '1899' }))).toEqual({
      code: 'INVALID_INPUT',
      fields: { birthYear: ['birthYearRange'] },
    });
    expect(await getProfile(actor)).toEqual(before);
  });
});

describe('sessions', () => {
  it('lists the own sessions, marks the current one, and revokes only own sessions', async () => {
    const email = uniqueEmail('sessions');
    await registerConfirmed(email);
    const actor = await signInActor(email);
    const other = await signInActor(email);
    const sessions = await listSessions(actor);
    expect(sessions.map((s) => s.id).sort()).toEqual([actor.sessionId, other.sessionId].sort());
    expect(sessions.find((s) => s.isCurrent)?.id).toBe(actor.sessionId);

    const stranger = await signInActor('resident@kuopio.example', 'Kuopio-demo-2026');
    expect((await appError(revokeOwnSession(actor, { sessionId: stranger.sessionId }))).code).toBe('NOT_FOUND');
    expect(await loadActorBySession(stranger.sessionId)).not.toBeNull();

    expect(await revokeOwnSession(actor, { sessionId: other.sessionId })).toEqual({ wasCurrent: false });
    expect(await loadActorBySession(other.sessionId)).toBeNull();
    expect((await listSessions(actor)).map((s) => s.id)).toEqual([actor.sessionId]);
  });

  it('signs out everywhere, this session included', async () => {
    const email = uniqueEmail('everywhere');
    await registerConfirmed(email);
    const actor = await signInActor(email);
    const other = await signInActor(email);
    expect(await signOutEverywhere(actor)).toEqual({ revokedSessions: 2 });
    expect(await loadActorBySession(actor.sessionId)).toBeNull();
    expect(await loadActorBySession(other.sessionId)).toBeNull();
  });
});

describe('sign-in rate limits', () => {
  it('locks the guessing address after 10 failures, while the owner still signs in from another address', async () => {
    const attackerIp = uniqueIp();
    const target = uniqueEmail('limited');
    const classmate = uniqueEmail('classmate');
    await registerConfirmed(target, attackerIp);
    await registerConfirmed(classmate, attackerIp);
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);

    for (let i = 0; i < 10; i++) {
      const attempt = signInWithPassword({ email: target, password: `väärä ${i}` }, attackerIp, null, { sleep });
      expect((await appError(attempt)).code).toBe('INVALID_CREDENTIALS');
    }
    // The attacker's address is locked for this account, even with the right password …
    expect((await appError(signInWithPassword({ email: target, password: PASSWORD }, attackerIp, null, { sleep }))).code).toBe('RATE_LIMITED');
    // … and for wrong ones, without another password check.
    expect((await appError(signInWithPassword({ email: target, password: 'väärä 11' }, attackerIp, null, { sleep }))).code).toBe('RATE_LIMITED');
    // Other accounts on the same address (a school class) are not affected.
    expect((await signInActor(classmate, PASSWORD, attackerIp)).email).toBe(classmate);

    // The guesser was slowed down: the 6th to 10th attempts waited a growing delay before their check.
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000]);

    // The owner, from their own address, gets in with the right password after the capped delay.
    const ownerWaits: number[] = [];
    const { sessionId } = await signInWithPassword({ email: target, password: PASSWORD }, uniqueIp(), null, {
      sleep: async (ms) => void ownerWaits.push(ms),
    });
    expect(ownerWaits).toEqual([SIGN_IN_DELAY_CAP_MS]);
    expect((await loadActorBySession(sessionId))?.email).toBe(target);
    // A wrong password from the owner's address still fails as usual: the account is slowed down, not opened.
    expect((await appError(signInWithPassword({ email: target, password: 'väärä' }, uniqueIp(), null, { sleep }))).code).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('really waits the delay before answering (the real timer, not a recorder)', async () => {
    const email = uniqueEmail('delay');
    await registerConfirmed(email);
    for (let i = 0; i < 5; i++) {
      await appError(signInWithPassword({ email, password: `väärä ${i}` }, uniqueIp(), null));
    }
    const started = Date.now();
    const actor = await signInActor(email);
    expect(Date.now() - started).toBeGreaterThanOrEqual(490);
    expect(actor.email).toBe(email);
  });

  it('slows down an unknown address exactly like a known one', async () => {
    const email = uniqueEmail('no-account');
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      const attempt = signInWithPassword({ email, password: `arvaus ${i}` }, uniqueIp(), null, { sleep: async (ms) => void waits.push(ms) });
      expect((await appError(attempt)).code).toBe('INVALID_CREDENTIALS');
    }
    expect(waits).toEqual([500, 1000]);
  });
});

describe('hardening', () => {
  it('counts parallel guesses from one address before checking them, so a burst cannot exceed the pair limit', async () => {
    const email = uniqueEmail('burst');
    await registerConfirmed(email);
    const ip = uniqueIp();
    const sleep = async () => undefined;
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => appError(signInWithPassword({ email, password: `arvaus ${i}` }, ip, null, { sleep }))),
    );
    const checked = results.filter((r) => r.code === 'INVALID_CREDENTIALS').length;
    expect(checked).toBeLessThanOrEqual(10);
    expect(results.filter((r) => r.code === 'RATE_LIMITED').length).toBe(25 - checked);
  });

  it('gives a parallel burst from many addresses growing delays, counted before the checks', async () => {
    const email = uniqueEmail('burst-many');
    await registerConfirmed(email);
    const waits: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        appError(signInWithPassword({ email, password: `arvaus ${i}` }, uniqueIp(), null, { sleep: async (ms) => void waits.push(ms) })),
      ),
    );
    expect(results.every((r) => r.code === 'INVALID_CREDENTIALS')).toBe(true);
    // Attempts 6…12 waited; none of them could skip the counter by arriving at the same moment.
    expect(waits.sort((a, b) => a - b)).toEqual([500, 1000, 2000, 4000, 8000, SIGN_IN_DELAY_CAP_MS, SIGN_IN_DELAY_CAP_MS]);
  });

  it('voids a pending email change when the password is reset, and an old reset link when the email changes', async () => {
    const email = uniqueEmail('takeover');
    const attackerEmail = uniqueEmail('attacker');
    await registerConfirmed(email);
    const actor = await signInActor(email);

    // Someone who knew the password asks to move the account to their address …
    let since = new Date();
    await requestEmailChange(actor, { newEmail: attackerEmail, currentPassword: PASSWORD });
    const changeUrl = requireFirstUrl(await waitForQueuedMail(attackerEmail, { since }));
    // … and the owner resets the password: the pending change must die with the old password.
    since = new Date();
    await requestPasswordReset({ email }, uniqueIp());
    await resetPassword(
      { token: tokenOf(requireFirstUrl(await waitForQueuedMail(email, { since }))), password: 'Uusi salasana 2026', confirm: 'Uusi salasana 2026' },
      uniqueIp(),
    );
    expect((await appError(confirmEmailChange({ token: tokenOf(changeUrl) }))).code).toBe('INVALID_TOKEN');
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).email).toBe(email);
  });

  it.each([
    ['a NUL character', 'Nul\u0000Nimi'],
    ['a lone UTF-16 surrogate', 'Yksinäinen \ud800 puolisko'],
  ])('refuses %s in form input as a field error, storing nothing', async (_what, displayName) => {
    const email = uniqueEmail('nul');
    const result = await appError(registerUser({ email, password: PASSWORD, displayName, preferredLocale: 'fi' }, uniqueIp()));
    expect(result).toEqual({ code: 'INVALID_INPUT', fields: { displayName: ['unstorableText'] } });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
