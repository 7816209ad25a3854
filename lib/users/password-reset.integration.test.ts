/**
 * Forgotten password against the real database and SMTP sink, with next/server's `after` replaced by a recorder, as
 * inside a request: what "forgot password" does before it answers must not depend on whether the account exists
 * (the lookup, the token and the mail run after the response), and setting the new password checks the link before
 * hashing and is rate limited per address and per link.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/core/errors';
import { requireFirstUrl } from '@/tests/setup/mailbox';
import { waitForQueuedMail } from '@/tests/setup/jobs';
import { createTestUser } from '@/tests/factories/organization-admin';
import { getCurrentOrganization } from '@/lib/organization/current';
import { requestPasswordReset, resendConfirmation, resetPassword } from './account';

const deferred = vi.hoisted(() => [] as (() => Promise<unknown>)[]);
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  after: (task: () => Promise<unknown>) => void deferred.push(task),
}));
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/password')>();
  return { ...original, hashPassword: vi.fn(original.hashPassword) };
});

const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const uniqueIp = () => `test-ip-${suffix()}`;
const NEW_PASSWORD = 'Uusi salasana 2026';

async function code(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

/** Runs what was left for after the response, as Next.js does once the answer is sent. */
async function flushAfterResponse() {
  while (deferred.length > 0) await deferred.shift()!();
}

async function demoOrgUser(label: string) {
  const org = await getCurrentOrganization();
  return createTestUser(org.id, { label });
}

async function resetLink(email: string): Promise<string> {
  const since = new Date();
  await requestPasswordReset({ email }, uniqueIp());
  await flushAfterResponse();
  const token = new URL(requireFirstUrl(await waitForQueuedMail(email, { since }))).searchParams.get('token');
  if (!token) throw new Error('no token in the reset mail');
  return token;
}

beforeEach(() => {
  deferred.length = 0;
  vi.mocked(hashPassword).mockClear();
});

describe('forgot password answers before looking the address up', () => {
  it('does the same work before answering for a known and an unknown address; the mail follows the answer', async () => {
    const user = await demoOrgUser('reset-after');
    const since = new Date();

    await requestPasswordReset({ email: user.email }, uniqueIp());
    // Answered: nothing about the account was read or written yet, and one task waits for after the response.
    expect(deferred).toHaveLength(1);
    expect(await db.userToken.count({ where: { userId: user.id } })).toBe(0);

    await requestPasswordReset({ email: `nobody-${suffix()}@example.test` }, uniqueIp());
    expect(deferred).toHaveLength(2);

    await flushAfterResponse();
    expect(await db.userToken.count({ where: { userId: user.id, kind: 'PASSWORD_RESET' } })).toBe(1);
    expect((await waitForQueuedMail(user.email, { since })).subject).toBe('Uuden salasanan asettaminen – Yhdessä');
  });

  it('sends a new confirmation link after the answer too', async () => {
    const org = await getCurrentOrganization();
    const user = await createTestUser(org.id, { label: 'resend-after' });
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
    await resendConfirmation({ email: user.email }, uniqueIp());
    expect(deferred).toHaveLength(1);
    expect(await db.userToken.count({ where: { userId: user.id } })).toBe(0);
    await flushAfterResponse();
    expect(await db.userToken.count({ where: { userId: user.id, kind: 'EMAIL_CONFIRMATION' } })).toBe(1);
  });
});

describe('setting the new password', () => {
  it('checks the link before hashing: an unknown, used or expired link costs no hash', async () => {
    const user = await demoOrgUser('reset-order');
    const input = (token: string) => ({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD });

    expect(await code(resetPassword(input('x'.repeat(43)), uniqueIp()))).toBe('INVALID_TOKEN');
    expect(hashPassword).not.toHaveBeenCalled();

    const expired = await resetLink(user.email);
    await db.userToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await code(resetPassword(input(expired), uniqueIp()))).toBe('INVALID_TOKEN');
    expect(hashPassword).not.toHaveBeenCalled();

    const token = await resetLink(user.email);
    await resetPassword(input(token), uniqueIp());
    expect(hashPassword).toHaveBeenCalledTimes(1);
    expect(await code(resetPassword(input(token), uniqueIp()))).toBe('INVALID_TOKEN');
    expect(hashPassword).toHaveBeenCalledTimes(1);
  });

  it('limits attempts per link, from any address, even for a valid link', async () => {
    const user = await demoOrgUser('reset-token-limit');
    const token = await resetLink(user.email);
    const wrong = { token, password: 'eka salasana 2026', confirm: 'eka salasana 2026' };
    // Spend the link's five attempts with a link that is then made unusable and usable again (a retry storm).
    await db.userToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { kind: 'EMAIL_CHANGE' } });
    for (let i = 0; i < 5; i++) expect(await code(resetPassword(wrong, uniqueIp()))).toBe('INVALID_TOKEN');
    await db.userToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { kind: 'PASSWORD_RESET' } });
    expect(await code(resetPassword({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD }, uniqueIp()))).toBe('RATE_LIMITED');
    expect(hashPassword).not.toHaveBeenCalled();
    // The password did not change.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe('not-a-real-hash');
  });

  it('limits attempts per address, whatever links it tries', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 30; i++) {
      expect(await code(resetPassword({ token: `${'a'.repeat(40)}${i}`, password: NEW_PASSWORD, confirm: NEW_PASSWORD }, ip))).toBe('INVALID_TOKEN');
    }
    expect(await code(resetPassword({ token: 'b'.repeat(43), password: NEW_PASSWORD, confirm: NEW_PASSWORD }, ip))).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect(await code(resetPassword({ token: 'b'.repeat(43), password: NEW_PASSWORD, confirm: NEW_PASSWORD }, uniqueIp()))).toBe('INVALID_TOKEN');
    expect(hashPassword).not.toHaveBeenCalled();
  });
});
