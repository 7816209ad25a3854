import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { redirect } from '@/lib/i18n/navigation';
import { getActor } from '@/lib/auth/current-actor';
import type { Actor } from '@/lib/auth/actor';
import { isLocale, defaultLocale } from '@/lib/i18n/config';

/**
 * Guards for server-rendered pages. Layouts do not protect pages (server actions and direct requests bypass
 * them), so every page calls one of these itself, and every server action checks permissions again.
 */
export async function requirePageActor(locale: string, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    redirect({ href: { pathname: '/sign-in', query: { returnTo } }, locale: isLocale(locale) ? locale : defaultLocale });
    throw new Error('unreachable');
  }
  return actor;
}

/** Requires a signed-in actor for whom `allowed` holds; otherwise 403 (signed in) or sign-in redirect. */
export async function requirePagePermission(locale: string, returnTo: string, allowed: (actor: Actor) => boolean): Promise<Actor> {
  const actor = await requirePageActor(locale, returnTo);
  if (!allowed(actor)) forbidden();
  return actor;
}

export function notFoundUnless<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) notFound();
  return value;
}
