import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { FORM_CLIENT_MESSAGES, pickClientMessages } from '@/lib/i18n/client-namespaces';

/**
 * Gives the client components inside it the messages under `paths` (e.g. "auth.signIn") besides what every form
 * needs. The locale layout sends only its own messages to the browser, because messages travel inside every page's
 * HTML; a page that renders a form or another translated client component wraps it in this.
 */
export async function ClientMessages({ paths, children }: { paths: readonly string[]; children: ReactNode }) {
  const messages = pickClientMessages(await getMessages(), [...FORM_CLIENT_MESSAGES, ...paths]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
