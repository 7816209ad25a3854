import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFoundUnless, requirePagePermission } from '@/lib/core/page-guards';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { isLocale, defaultLocale, localeNames } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { canManageUsers } from '@/lib/users/permissions';
import { ORGANIZATION_ROLES } from '@/lib/users/admin-schema';
import { getUserForAdmin } from '@/lib/users/admin-queries';
import { AdminRoleToggle } from '@/components/users/admin-role-toggle';
import { AdminBlockControl } from '@/components/users/admin-block-control';
import { UserServiceAreaForm } from '@/components/service-areas/service-area-forms';
import { findServiceAreas } from '@/lib/service-areas/queries';
import { db } from '@/lib/db';

type Props = { params: Promise<{ locale: string; userId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users');
  return { title: t('detail.metaTitle') };
}

export default async function AdminUserPage({ params }: Props) {
  const { locale: rawLocale, userId } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const actor = await requirePagePermission(locale, `/admin/users/${userId}`, canManageUsers);
  const [t, format] = await Promise.all([getTranslations('users'), getFormatter()]);
  const user = notFoundUnless(await getUserForAdmin(actor.organizationId, userId));
  const roles = new Set(user.orgRoles.map((r) => r.role));
  const isSelf = user.id === actor.userId;
  const [serviceAreas, serviceArea] = await Promise.all([
    findServiceAreas(actor.organizationId),
    db.user.findFirst({ where: { id: user.id, organizationId: actor.organizationId }, select: { serviceAreaId: true } }),
  ]);

  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/admin/users" className="text-brand-700 underline">
          {t('detail.back')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{user.displayName}</h1>

      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('columns.email')}</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">{t('columns.status')}</dt>
        <dd>
          {user.blockedAt
            ? t('detail.blockedSince', { date: format.dateTime(user.blockedAt, 'dateTime') })
            : user.emailVerifiedAt
              ? t('status.active')
              : t('status.unconfirmed')}
        </dd>
        <dt className="font-semibold">{t('detail.createdAt')}</dt>
        <dd>{format.dateTime(user.createdAt, 'long')}</dd>
        <dt className="font-semibold">{t('detail.preferredLocale')}</dt>
        <dd>{isLocale(user.preferredLocale) ? localeNames[user.preferredLocale] : user.preferredLocale}</dd>
        <dt className="font-semibold">{t('detail.homeArea')}</dt>
        <dd>
          {user.homeArea ? (
            <span lang={localizedLang(user.homeArea.name, locale)}>{localize(user.homeArea.name, locale)}</span>
          ) : (
            t('detail.noHomeArea')
          )}
        </dd>
        <dt className="font-semibold">{t('detail.activeSessions')}</dt>
        <dd>{user.activeSessions}</dd>
      </dl>

      <section aria-labelledby="org-roles-heading" className="mt-10">
        <h2 id="org-roles-heading" className="text-2xl font-bold">
          {t('detail.orgRolesHeading')}
        </h2>
        <ul className="mt-4 space-y-6">
          {ORGANIZATION_ROLES.map((role) => (
            <li key={role} className="rounded border border-gray-300 p-4">
              <p className="font-semibold">
                {t(`orgRoles.${role}`)}:{' '}
                {roles.has(role) ? t('detail.hasRole') : <span className="text-muted">{t('detail.noRole')}</span>}
              </p>
              <p className="mb-3 text-sm text-muted">{t(`orgRoleDescriptions.${role}`)}</p>
              <AdminRoleToggle userId={user.id} role={role} hasRole={roles.has(role)} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="service-area-heading" className="mt-10">
        <h2 id="service-area-heading" className="text-2xl font-bold">
          {t('detail.serviceAreaHeading')}
        </h2>
        <p className="mt-2 text-sm text-muted">{t('detail.serviceAreaHint')}</p>
        <UserServiceAreaForm
          userId={user.id}
          current={serviceArea?.serviceAreaId ?? null}
          areas={serviceAreas.map((a) => ({ id: a.id, name: localize(a.name, locale) }))}
        />
      </section>

      <section aria-labelledby="space-roles-heading" className="mt-10">
        <h2 id="space-roles-heading" className="text-2xl font-bold">
          {t('detail.spaceRolesHeading')}
        </h2>
        {user.spaceRoles.length === 0 ? (
          <p className="mt-2 text-muted">{t('detail.noSpaceRoles')}</p>
        ) : (
          <ul className="mt-4 list-disc space-y-1 pl-6">
            {user.spaceRoles.map((r) => (
              <li key={r.id}>
                {t(`spaceRoles.${r.role}`)}:{' '}
                <Link href={`/admin/spaces/${r.space.id}/members`} className="text-brand-700 underline">
                  <span lang={localizedLang(r.space.title, locale)}>{localize(r.space.title, locale)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm text-muted">{t('detail.spaceRolesHint')}</p>
      </section>

      <section aria-labelledby="block-heading" className="mt-10">
        <h2 id="block-heading" className="text-2xl font-bold">
          {t('block.heading')}
        </h2>
        <p className="mb-3 mt-2">{t('block.explanation')}</p>
        {isSelf ? (
          <p className="text-muted">{t('block.self')}</p>
        ) : (
          <AdminBlockControl userId={user.id} isBlocked={!!user.blockedAt} email={user.email} />
        )}
      </section>
    </div>
  );
}
