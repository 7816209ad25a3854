'use server';

import { redirect } from 'next/navigation';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { switchMailOff } from './preferences';
import { readUnsubscribeToken } from './unsubscribe-token';

/**
 * The unsubscribe page's button (works without JavaScript: a form posting to this action). The signed token is the
 * whole authorization — no session needed — and all it can do is switch mail off.
 */
export async function unsubscribeFormAction(formData: unknown): Promise<void> {
  // Only the page's own form sends FormData; anything else a client makes up changes nothing.
  if (!(formData instanceof FormData)) return;
  const rawLocale = formData.get('locale');
  const locale = typeof rawLocale === 'string' && isLocale(rawLocale) ? rawLocale : defaultLocale;
  const token = formData.get('token');
  const parsed = readUnsubscribeToken(token);
  const done = parsed ? await switchMailOff(parsed.userId, parsed.scope) : false;
  redirect(`/${locale}/unsubscribe?token=${encodeURIComponent(typeof token === 'string' ? token : '')}${done ? '&done=1' : ''}`);
}
