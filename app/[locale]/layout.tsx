import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider, hasLocale } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { LAYOUT_CLIENT_MESSAGES, pickClientMessages } from '@/lib/i18n/client-namespaces';
import { routing } from '@/lib/i18n/routing';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { getCurrentOrganization } from '@/lib/organization/current';
import { locales as allLocales } from '@/lib/i18n/config';
import { getActor } from '@/lib/auth/current-actor';
import { SIGNED_IN_ATTRIBUTE } from '@/lib/page-cache/shared-audience';
import { SignedOutMarkSync } from '@/components/layout/signed-out-mark-sync';
import { headers } from 'next/headers';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'common' });
  return { title: { default: t('siteName'), template: `%s – ${t('siteName')}` }, description: t('tagline') };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // A language the organization has switched off is not served (its URLs give the not-found page).
  const organization = await getCurrentOrganization();
  if (!organization.enabledLocales.includes(locale)) notFound();
  const enabledLocales = allLocales.filter((l) => organization.enabledLocales.includes(l));
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  // Only the layout's own client messages: pages add theirs where they render translated client components.
  const clientMessages = pickClientMessages(await getMessages(), LAYOUT_CLIENT_MESSAGES);
  const actor = await getActor();
  // The signed-in mark shows the header's and pages' signed-in variants (app/globals.css, ADR 021). A server render
  // for the client router (RSC request) that finds no session also clears a mark the proxy put on a shared copy.
  const signedOutOnRefresh = !actor && (await headers()).get('rsc') === '1';
  return (
    <html lang={locale} {...(actor ? { [SIGNED_IN_ATTRIBUTE]: '' } : {})}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        <NextIntlClientProvider messages={clientMessages}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[1000] focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800"
          >
            {t('skipToContent')}
          </a>
          <SignedOutMarkSync signedOut={signedOutOnRefresh} />
          <SiteHeader locale={locale} enabledLocales={enabledLocales} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
