'use client';

import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { localeNames, type Locale } from '@/lib/i18n/config';

/**
 * Links to the same page in the organization's other languages. The path and the query string are kept, so a
 * filtered list, a sign-in with returnTo or a reset link with its token survive the switch. The visible text is
 * the language's own name, which is also part of the accessible name (WCAG 2.5.3).
 */
export function LanguageSwitcher({ locales }: { locales: readonly Locale[] }) {
  return (
    <Suspense fallback={<SwitcherLinks locales={locales} query={{}} />}>
      <SwitcherWithQuery locales={locales} />
    </Suspense>
  );
}

function SwitcherWithQuery({ locales }: { locales: readonly Locale[] }) {
  const searchParams = useSearchParams();
  const query: Record<string, string[]> = {};
  for (const [key, value] of searchParams.entries()) (query[key] ??= []).push(value);
  return <SwitcherLinks locales={locales} query={query} />;
}

function SwitcherLinks({ locales, query }: { locales: readonly Locale[]; query: Record<string, string[]> }) {
  const t = useTranslations('common.languageSwitcher');
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')}>
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
                aria-label={t('switchTo', { language: localeNames[l] })}
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
