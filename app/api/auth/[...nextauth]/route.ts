import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/next-auth-options';

// next-auth v4's App Router handler serves /api/auth/* (csrf, session, the credentials callback, sign-out).
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
