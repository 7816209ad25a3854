import 'server-only';
import { createTranslator } from 'next-intl';
import type { Locale } from './config';
import { loadMessages } from './messages';

/** A translator usable outside a request (emails, background work). */
export function translatorFor(locale: Locale, namespace?: string) {
  return createTranslator({ locale, messages: loadMessages(locale), namespace, timeZone: 'Europe/Helsinki' });
}
