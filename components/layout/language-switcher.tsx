'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { localeNames, type Locale } from '@/lib/i18n/config';

/** Links to the same page in the organization's other languages (the path is kept). */
export function LanguageSwitcher({ locales }: { locales: readonly Locale[] }) {
  const t = useTranslations('common.languageSwitcher');
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')}>
      <ul className="flex gap-1">
        {locales.map((l) => (
          <li key={l}>
            {l === current ? (
              <span aria-current="true" className="rounded bg-white px-2 py-1 font-semibold text-brand-800" title={t('current', { language: localeNames[l] })}>
                {l.toUpperCase()}
              </span>
            ) : (
              <Link
                href={pathname}
                locale={l}
                lang={l}
                hrefLang={l}
                aria-label={t('switchTo', { language: localeNames[l] })}
                className="rounded px-2 py-1 text-white underline underline-offset-4"
              >
                {l.toUpperCase()}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
