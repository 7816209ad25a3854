import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Actor } from './actor';
import { SESSION_TOUCH_INTERVAL_MS } from './session-touch';
import { actorFromUser, actorUserSelect, isActiveUser } from './user-actor';

/**
 * Loads the actor for a session id, or null when the session is unknown, revoked, expired or the user blocked or
 * unconfirmed. Used by getActor() on every request and by next-auth's jwt callback, so a cookie of an ended session
 * neither acts nor gets renewed.
 */
export async function loadActorBySession(sessionId: string): Promise<Actor | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: { id: true, revokedAt: true, expiresAt: true, lastSeenAt: true, user: { select: actorUserSelect } },
  });
  if (!row || row.revokedAt || row.expiresAt < new Date() || !isActiveUser(row.user)) return null;
  if (Date.now() - row.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: row.id }, data: { lastSeenAt: new Date() } });
  }
  return actorFromUser(row.user, row.id);
}

/**
 * The same, remembered for the rest of one server render: next-auth's jwt callback and getActor() both check the
 * session, and a page should not pay for it twice. (Outside a render React's cache does not remember anything.)
 */
export const loadActorBySessionOnce = cache(loadActorBySession);

