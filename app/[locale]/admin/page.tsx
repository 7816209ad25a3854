import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { canAccessAdmin } from '@/lib/admin/permissions';
import { requirePagePermission } from '@/lib/core/page-guards';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { findSpacesWithActorRoles, getAdminDashboardCounts } from '@/lib/spaces/admin-queries';
import { SpaceStatusBadges } from '@/components/spaces/space-status-badges';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.dashboard');
  return { title: t('title') };
}

export default async function AdminDashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: rawLocale } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const actor = await requirePagePermission(locale, '/admin', canAccessAdmin);
  const [t, tSpaces, format, counts, spaces] = await Promise.all([
    getTranslations('admin.dashboard'),
    getTranslations('spaces'),
    getFormatter(),
    getAdminDashboardCounts(actor),
    findSpacesWithActorRoles(actor),
  ]);

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-lg">{t('intro', { name: actor.displayName })}</p>

      {counts && (
        <section aria-labelledby="dashboard-stats" className="mt-8">
          <h2 id="dashboard-stats" className="text-2xl font-bold">
            {t('stats')}
          </h2>
          <dl className="mt-4 grid grid-cols-2 gap-4 md:grid-cols-4">
            {(
              [
                ['spaces', counts.spaces],
                ['published', counts.published],
                ['areas', counts.areas],
                ['users', counts.users],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="flex flex-col-reverse rounded border border-gray-300 p-4">
                <dt className="text-muted">{t(key)}</dt>
                <dd className="text-3xl font-bold text-brand-800">{format.number(value)}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-4">
            <Link href="/admin/spaces" className="font-semibold text-brand-700 underline">
              {tSpaces('dashboard.allSpaces')}
            </Link>
          </p>
        </section>
      )}

      <section aria-labelledby="dashboard-your-spaces" className="mt-8">
        <h2 id="dashboard-your-spaces" className="text-2xl font-bold">
          {t('yourSpaces')}
        </h2>
        {spaces.length === 0 ? (
          <p className="mt-2">{t('noSpaces')}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {spaces.map((space) => (
              <li key={space.id} className="rounded border border-gray-300 p-4">
                <p className="text-sm font-semibold text-muted">{tSpaces(`kind.${space.kind}`)}</p>
                <h3 className="text-lg font-bold">
                  <Link href={`/admin/spaces/${space.id}`} className="text-brand-700 underline" lang={localizedLang(space.title, locale)}>
                    {localize(space.title, locale)}
                  </Link>
                </h3>
                <p className="mt-1">
                  {tSpaces('dashboard.rolesIn', { roles: space.roles.map((r) => tSpaces(`role.${r.role}`)).join(', ') })}
                </p>
                <div className="mt-2">
                  <SpaceStatusBadges isPublished={space.isPublished} isPrivate={space.isPrivate} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
