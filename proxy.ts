import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

// Adds the locale prefix (/fi, /sv, /en) to page URLs. Authorization is NOT done here: every page, server action
// and route handler checks the actor itself (docs/decisions/004-authorization.md).
export default createMiddleware(routing);

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
