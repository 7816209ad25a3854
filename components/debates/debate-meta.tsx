import { getFormatter, getTranslations } from 'next-intl/server';
import { localize } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';

/** A debate's author as readers see it: the city for an official debate, else the writer's name (or "deleted user"). */
export async function authorName(debate: { isOfficial: boolean; author: { displayName: string } | null }, organizationName: unknown, locale: Locale): Promise<string> {
  if (debate.isOfficial) return localize(organizationName, locale);
  if (debate.author) return debate.author.displayName;
  const t = await getTranslations({ locale, namespace: 'debates.public' });
  return t('deletedUser');
}

/** The line under a debate's title in lists and on its page: badges, who started it and when, its areas. */
export async function DebateMeta({ debate, organizationName, locale, className }: {
  debate: { isOfficial: boolean; closedAt: Date | null; createdAt: Date; author: { displayName: string } | null; areas: { area: { name: unknown } }[] };
  organizationName: unknown;
  locale: Locale;
  className?: string;
}) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'debates.public' }), getFormatter({ locale })]);
  const name = await authorName(debate, organizationName, locale);
  return (
    <p className={['flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted', className].filter(Boolean).join(' ')}>
      {debate.isOfficial && <span className="rounded border border-brand-700 px-2 py-0.5 font-semibold text-brand-800">{t('official')}</span>}
      {debate.closedAt && <span className="rounded border border-gray-600 bg-gray-100 px-2 py-0.5 font-semibold text-ink">{t('closed')}</span>}
      <span>{t('startedBy', { name })}</span>
      <span aria-hidden="true">·</span>
      <time dateTime={debate.createdAt.toISOString()}>{format.dateTime(debate.createdAt, 'long')}</time>
      {debate.areas.length > 0 && (
        <>
          <span aria-hidden="true">·</span>
          <span>
            {t('areas')}: {debate.areas.map((a) => localize(a.area.name, locale)).join(', ')}
          </span>
        </>
      )}
    </p>
  );
}
