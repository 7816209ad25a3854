import { getActor } from '@/lib/auth/current-actor';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { openNotification } from '@/lib/notifications/mutations';

export const dynamic = 'force-dynamic';

/**
 * Opening a notification from the centre: marks it read and goes where it points. A link rather than a button so it
 * works without JavaScript and opens in a new tab; marking one's own notification read is harmless to repeat.
 */
/** A relative Location (RFC 9110 allows it) stays on whatever host the person used. */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, 'Cache-Control': 'no-store' } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }): Promise<Response> {
  const { locale: raw, id } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await getActor();
  if (!actor) return seeOther(`/${locale}/sign-in?returnTo=${encodeURIComponent('/notifications')}`);
  const path = /^[a-z0-9]{1,40}$/.test(id) ? await openNotification(actor, id) : null;
  return seeOther(path ? `/${locale}${path}` : `/${locale}/notifications`);
}
