import 'server-only';
// use-intl's core, not next-intl: background workers run with the react-server condition, under which next-intl's
// entry pulls in its React client provider.
import { createTranslator, type AbstractIntlMessages } from 'use-intl/core';
import type { Locale } from './config';
import { loadMessages } from './messages';

/** A translator usable outside a request (emails, background work). */
export function translatorFor(locale: Locale, namespace?: string): (key: string, values?: Record<string, string | number | Date>) => string {
  const messages = loadMessages(locale) as AbstractIntlMessages;
  // Message keys are checked by the messages completeness test, not by the type system.
  const t = createTranslator({ locale, messages, namespace: namespace as never, timeZone: 'Europe/Helsinki' });
  return (key, values) => (t as unknown as (k: string, v?: unknown) => string)(key, values);
}
