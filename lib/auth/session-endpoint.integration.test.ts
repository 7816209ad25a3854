/**
 * next-auth's session endpoint (/api/auth/session) and credentials callback, run through next-auth's own request
 * handler with the app's options against the real database: an ended session (signed out everywhere, expired,
 * account blocked) must answer an empty session and clear the cookie instead of renewing it, and sign-in failures
 * are logged with their cause.
 */
import NextAuth from 'next-auth';
import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { createSession } from '@/lib/auth/sessions';
import { signOutEverywhere } from '@/lib/users/account';
import { createTestOrganization, createTestUser } from '@/tests/factories/organization-admin';
import { actorFor } from '@/tests/factories/organization-admin';
import { authOptions } from './next-auth-options';

const COOKIE = 'next-auth.session-token';

type EndpointAnswer = { status: number; body: unknown; setCookies: string[] };

/**
 * GET /api/auth/session through next-auth's public handler (its API-route form, which takes plain request and
 * response objects, so no Next.js server is needed) with a cookie carrying the given session id.
 */
async function sessionEndpoint(sid: string): Promise<EndpointAnswer> {
  const token = await encode({ token: { sid, sub: 'test' }, secret: env().NEXTAUTH_SECRET });
  const headers: Record<string, string | string[]> = {};
  const answer: EndpointAnswer = { status: 0, body: undefined, setCookies: [] };
  const res = {
    status(code: number) {
      answer.status = code;
      return res;
    },
    getHeader: (name: string) => headers[name],
    setHeader(name: string, value: string | string[]) {
      headers[name] = value;
      return res;
    },
    send(body: unknown) {
      answer.body = body;
    },
    json(body: unknown) {
      answer.body = body;
    },
    end() {},
  };
  const req = {
    method: 'GET',
    query: { nextauth: ['session'] },
    headers: { host: new URL(env().APP_URL).host, cookie: `${COOKIE}=${token}` },
    cookies: { [COOKIE]: token },
    body: {},
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, authOptions);
  const cookies = headers['Set-Cookie'] ?? [];
  answer.setCookies = (Array.isArray(cookies) ? cookies : [cookies]).filter((c) => c.startsWith(`${COOKIE}=`));
  return answer;
}

/** A Set-Cookie that clears the cookie: empty value, and expired or of zero age. */
function isCleared(setCookie: string): boolean {
  return setCookie.startsWith(`${COOKIE}=;`) && /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(setCookie);
}

async function freshUser() {
  const org = await createTestOrganization('session-endpoint');
  return createTestUser(org.id, { label: 'session' });
}

afterEach(() => vi.restoreAllMocks());

describe('/api/auth/session', () => {
  it('answers a live session with its id and renews the cookie', async () => {
    const user = await freshUser();
    const session = await createSession(db, user.id, 'integration-test');
    const response = await sessionEndpoint(session.id);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(expect.objectContaining({ sid: session.id }));
    expect(response.setCookies.length).toBeGreaterThan(0);
    expect(response.setCookies.some(isCleared)).toBe(false);
  });

  it('answers an empty session and clears the cookie after "sign out everywhere"', async () => {
    const user = await freshUser();
    const actor = await actorFor(user.id);
    const other = await createSession(db, user.id, 'another browser');
    const errors = vi.spyOn(console, 'error');
    await signOutEverywhere(actor);

    for (const sid of [actor.sessionId, other.id]) {
      const response = await sessionEndpoint(sid);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({});
      expect(response.setCookies.length).toBeGreaterThan(0);
      expect(response.setCookies.every(isCleared)).toBe(true);
    }
    // An ended session is an expected answer, not a logged server error.
    expect(errors).not.toHaveBeenCalled();
  });

  it('answers an empty session for an expired session and for a blocked account', async () => {
    const user = await freshUser();
    const expired = await createSession(db, user.id, 'old');
    await db.session.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await sessionEndpoint(expired.id)).body).toEqual({});

    const blocked = await freshUser();
    const session = await createSession(db, blocked.id, 'blocked');
    await db.user.update({ where: { id: blocked.id }, data: { blockedAt: new Date() } });
    const response = await sessionEndpoint(session.id);
    expect(response.body).toEqual({});
    expect(response.setCookies.length).toBeGreaterThan(0);
    expect(response.setCookies.every(isCleared)).toBe(true);
  });

  it('answers an empty session for an id that never existed', async () => {
    expect((await sessionEndpoint('c0000000000000000000000000')).body).toEqual({});
  });
});

describe('credentials callback', () => {
  type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
  const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
  const req = { headers: { 'x-forwarded-for': '203.0.113.7', 'user-agent': 'integration-test' } };

  it('logs a refused sign-in with its reason code, never the password or the email', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const email = `nobody-${Date.now()}@example.test`;
    await expect(authorize({ email, password: 'salainen-arvaus-123' }, req)).rejects.toThrow('INVALID_CREDENTIALS');
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(warn.mock.calls[0]);
    expect(logged).toContain('INVALID_CREDENTIALS');
    expect(logged).toContain('203.0.113.7');
    expect(logged).not.toContain('salainen-arvaus-123');
    expect(logged).not.toContain(email);
  });

  it('logs an unexpected failure as an error with its cause, and reports only UNEXPECTED', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(db.user, 'findUnique').mockRejectedValueOnce(new Error('database went away'));
    await expect(authorize({ email: 'resident@kuopio.example', password: 'Kuopio-demo-2026' }, req)).rejects.toThrow(/^UNEXPECTED$/);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![0]).toBe('[auth] sign-in failed: UNEXPECTED');
    expect(String(error.mock.calls[0]![2])).toContain('database went away');
    expect(JSON.stringify(error.mock.calls)).not.toContain('Kuopio-demo-2026');
  });
});
