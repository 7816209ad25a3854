import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { AppError } from '@/lib/core/errors';
import { authOptions } from './next-auth-options';
import type { Actor } from './actor';
import { loadActorBySession, loadActorBySessionOnce } from './session-actor';

export { loadActorBySession };

/** The signed-in actor of this request, or null. Every page, action and route handler calls this itself. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const sid = (session as { sid?: unknown } | null)?.sid;
  if (typeof sid !== 'string') return null;
  return loadActorBySessionOnce(sid);
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}
