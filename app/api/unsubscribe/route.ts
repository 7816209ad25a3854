import { switchMailOff } from '@/lib/notifications/preferences';
import { readUnsubscribeToken } from '@/lib/notifications/unsubscribe-token';

export const dynamic = 'force-dynamic';

/**
 * RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the address in the mail's
 * List-Unsubscribe header, with no cookies and no confirmation step. The signed token is the whole authorization;
 * all it can do is switch mail off. (People who click the link in the text get the page /[locale]/unsubscribe,
 * which asks first: a GET must not change anything, since mail scanners open links.)
 */
export async function POST(request: Request): Promise<Response> {
  const token = readUnsubscribeToken(new URL(request.url).searchParams.get('token'));
  const headers = { 'Cache-Control': 'no-store' };
  if (!token || !(await switchMailOff(token.userId, token.scope))) {
    return Response.json(
      { type: 'about:blank', title: 'Invalid unsubscribe link', status: 400 },
      { status: 400, headers: { ...headers, 'Content-Type': 'application/problem+json' } },
    );
  }
  return new Response('Unsubscribed.\n', { status: 200, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}
