'use client';

import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { localeNames, type Locale } from '@/lib/i18n/config';

/**
 * Links to the same page in the organization's other languages. The path and the query string are kept, so a
 * filtered list, a sign-in with returnTo or a reset link with its token survive the switch. The visible text is
 * the language's own name, which is also part of the accessible name (WCAG 2.5.3). The texts come translated from
 * the server (site-header.tsx), so the header needs no message formatter in the browser.
 */
export type LanguageSwitcherLabels = { label: string; switchTo: Record<Locale, string> };

export function LanguageSwitcher({ locales, labels }: { locales: readonly Locale[]; labels: LanguageSwitcherLabels }) {
  return (
    <Suspense fallback={<SwitcherLinks locales={locales} labels={labels} query={{}} />}>
      <SwitcherWithQuery locales={locales} labels={labels} />
    </Suspense>
  );
}

function SwitcherWithQuery({ locales, labels }: { locales: readonly Locale[]; labels: LanguageSwitcherLabels }) {
  const searchParams = useSearchParams();
  const query: Record<string, string[]> = {};
  for (const [key, value] of searchParams.entries()) (query[key] ??= []).push(value);
  return <SwitcherLinks locales={locales} labels={labels} query={query} />;
}

function SwitcherLinks({ locales, labels, query }: { locales: readonly Locale[]; labels: LanguageSwitcherLabels; query: Record<string, string[]> }) {
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={labels.label}>
      <ul className="flex flex-wrap gap-1">
        {locales.map((l) => (
          <li key={l}>
            {l === current ? (
              <span aria-current="true" lang={l} className="rounded bg-white px-2 py-1 font-semibold text-brand-800">
                {localeNames[l]}
              </span>
            ) : (
              <Link
                href={{ pathname, query }}
                locale={l}
                lang={l}
                hrefLang={l}
                aria-label={labels.switchTo[l]}
                className="rounded px-2 py-1 text-white underline underline-offset-4"
              >
                {localeNames[l]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
