import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/next-auth-options';
import { refuseMalformedAuthRequest } from '@/lib/http/malformed-auth-request';

// next-auth v4's App Router handler serves /api/auth/* (csrf, session, the credentials callback, sign-out).
const handler = NextAuth(authOptions);

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Requests next-auth would answer with a 500 (a GET on the credentials callback, a JSON body that does not parse) are
// answered here first with 405/400 and a short localized message.
async function guarded(request: Request, context: RouteContext): Promise<Response> {
  const refusal = await refuseMalformedAuthRequest(request, (await context.params).nextauth);
  return refusal ?? handler(request, context);
}

export { guarded as GET, guarded as POST };
