/**
 * "Who is calling" for integration tests of server actions and route handlers, in place of the session cookie:
 *
 *   vi.mock('@/lib/auth/current-actor', () => import('@/tests/setup/signed-in-as'));
 *   import { signInAs } from '@/tests/setup/signed-in-as';
 *   signInAs(coordinator); // or signInAs(null) for an anonymous caller
 *
 * It stands in for lib/auth/current-actor.ts with the same exports; the real session loader stays, since the test
 * actors are built with it (tests/factories/actors.ts).
 */
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/core/errors';

export { loadActorBySession } from '@/lib/auth/session-actor';

let current: Actor | null = null;

export function signInAs(actor: Actor | null): void {
  current = actor;
}

export async function getActor(): Promise<Actor | null> {
  return current;
}

export async function requireActor(): Promise<Actor> {
  if (!current) throw new AppError('UNAUTHENTICATED');
  return current;
}
