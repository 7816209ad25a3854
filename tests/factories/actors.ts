/**
 * Actors for integration tests, built the way a request builds them: a session row is opened for the user and
 * loaded back through lib/auth/current-actor.ts, so tests exercise the real Actor loader.
 */
import type { Actor } from '@/lib/auth/actor';
import { loadActorBySession } from '@/lib/auth/current-actor';
import { createSession } from '@/lib/auth/sessions';
import { db } from '@/lib/db';

export async function actorForUserId(userId: string): Promise<Actor> {
  const session = await createSession(db, userId, 'integration-test');
  const actor = await loadActorBySession(session.id);
  if (!actor) throw new Error(`user ${userId} cannot act (blocked or unverified?)`);
  return actor;
}

export async function actorForEmail(email: string): Promise<Actor> {
  const user = await db.user.findFirstOrThrow({ where: { email }, select: { id: true } });
  return actorForUserId(user.id);
}
