import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { isAppError } from '@/lib/core/errors';
import { env } from '@/lib/env';
import { clientIp } from './rate-limit';
import { SESSION_MAX_AGE_S } from './sessions';
import { signInWithPassword } from './sign-in';

/**
 * next-auth issues a JWT cookie that carries only the id of a database Session row; lib/auth/current-actor.ts
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
        try {
          const { userId, sessionId } = await signInWithPassword(credentials, clientIp(headers), headers['user-agent'] ?? null);
          return { id: userId, sid: sessionId };
        } catch (error) {
          // The code reaches the sign-in form as `error`, which translates it.
          throw new Error(isAppError(error) ? error.code : 'UNEXPECTED');
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sid = (user as { sid?: string }).sid;
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: token.sid } as typeof session & { sid?: string };
    },
  },
};
