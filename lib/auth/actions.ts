'use server';

import { getActor } from './current-actor';
import { revokeSession } from './sessions';
import { db } from '@/lib/db';

/** Revokes this browser's session row before next-auth clears the cookie, so a copied cookie stops working too. */
export async function revokeCurrentSessionAction(): Promise<{ ok: true }> {
  const actor = await getActor();
  if (actor) await revokeSession(db, actor.sessionId);
  return { ok: true };
}
