import { getTranslations } from 'next-intl/server';
import { SpaceAdminTabs, type SpaceAdminTab } from '@/components/admin/space-admin-tabs';
import { localize, localizedLang } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { SpaceStatusBadges } from './space-status-badges';

/** The page heading of every admin screen of one space: its kind, title (the page's h1), status and the tabs. */
export async function SpaceAdminHeader({ space, locale, current }: {
  space: { id: string; kind: 'PROCESS' | 'ASSEMBLY'; title: unknown; isPublished: boolean; isPrivate: boolean };
  locale: Locale;
  current: SpaceAdminTab;
}) {
  const t = await getTranslations('spaces');
  return (
    <div className="mb-2">
      <p className="mb-2">
        <Link href="/admin/spaces" className="font-medium text-brand-700 underline">
          {t('admin.backToList')}
        </Link>
      </p>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t(`kind.${space.kind}`)}</p>
      <h1 className="text-3xl font-bold" lang={localizedLang(space.title, locale)}>
        {localize(space.title, locale)}
      </h1>
      <div className="mt-2 mb-6">
        <SpaceStatusBadges isPublished={space.isPublished} isPrivate={space.isPrivate} />
      </div>
      <SpaceAdminTabs space={space} current={current} />
    </div>
  );
}
