import { getActor } from '@/lib/auth/current-actor';
import { countUnreadNotifications } from '@/lib/notifications/queries';

// Personal: never cached, never shared. The header asks for it from the browser because the page around it may be
// the copy shared by every resident (ADR 021).
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const actor = await getActor();
  const headers = { 'Cache-Control': 'private, no-store' };
  if (!actor) return Response.json({ unread: 0, signedIn: false }, { status: 401, headers });
  return Response.json({ unread: await countUnreadNotifications(actor), signedIn: true }, { headers });
}
