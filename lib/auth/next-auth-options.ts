import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { isAppError } from '@/lib/core/errors';
import { env } from '@/lib/env';
import { clientIp } from './rate-limit';
import { SESSION_MAX_AGE_S } from './sessions';
import { loadActorBySessionOnce } from './session-actor';
import { signInWithPassword } from './sign-in';

/** Thrown by the jwt callback for a cookie whose database session has ended; next-auth then clears the cookie. */
export class SessionEndedError extends Error {
  constructor() {
    super('session ended');
    this.name = 'SessionEndedError';
  }
}

/**
 * Sign-in failures are logged with their cause (a code, never the password or the email), so that an operator can
 * tell wrong passwords and limits from a broken database: next-auth itself reports only the code to the browser.
 */
export function logSignInFailure(code: string, error: unknown, ip: string): void {
  if (code === 'UNEXPECTED') {
    console.error('[auth] sign-in failed: UNEXPECTED', { ip }, error);
  } else {
    console.warn(`[auth] sign-in refused: ${code}`, { ip });
  }
}

/**
 * next-auth issues a JWT cookie that carries only the id of a database Session row; lib/auth/session-actor.ts
 * checks that row on every request, which makes sessions revocable (docs/decisions/005-sessions.md).
 */
export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  // From APP_URL, not from how the server was started: behind a TLS-terminating proxy the app itself speaks http,
  // but the browser must only ever send the session cookie over https (env() also derives NEXTAUTH_URL).
  useSecureCookies: new URL(env().NEXTAUTH_URL).protocol === 'https:',
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: '/fi/sign-in', error: '/fi/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'email',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const ip = clientIp(headers);
        try {
          const { userId, sessionId } = await signInWithPassword(credentials, ip, headers['user-agent'] ?? null);
          return { id: userId, sid: sessionId };
        } catch (error) {
          const code = isAppError(error) ? error.code : 'UNEXPECTED';
          logSignInFailure(code, error, ip);
          // The code reaches the sign-in form as `error`, which translates it.
          throw new Error(code);
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sid = (user as { sid?: string }).sid;
        return token;
      }
      // Every later read of the cookie (/api/auth/session, getServerSession) checks the database row: a revoked or
      // expired session, or a blocked account, must not be reported as signed in, nor get its cookie renewed.
      // Throwing is next-auth 4's way to answer an empty session and clear the cookie.
      if (typeof token.sid !== 'string' || !(await loadActorBySessionOnce(token.sid))) throw new SessionEndedError();
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: token.sid } as typeof session & { sid?: string };
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is an expected outcome (the cookie is cleared), not a server error.
      if (metadata instanceof SessionEndedError) return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};
