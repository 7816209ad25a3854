import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/core/page-guards';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { isLocale, defaultLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { firstValues } from '@/lib/records/search-params';
import { canManageUsers } from '@/lib/users/permissions';
import { USER_ROLE_FILTERS, UserSearchSchema, type UserSearch } from '@/lib/users/admin-schema';
import { findUsersForAdmin } from '@/lib/users/admin-queries';
import { PaginationNav } from '@/components/records/pagination-nav';
import { inputClass } from '@/components/forms/fields';
import { TableScrollRegion } from '@/components/layout/table-scroll-region';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users');
  return { title: t('list.title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ params, searchParams }: Props) {
  const { locale: rawLocale } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const actor = await requirePagePermission(locale, '/admin/users', canManageUsers);
  const t = await getTranslations('users');
  const raw = firstValues(await searchParams);
  const parsed = UserSearchSchema.safeParse(raw);
  // A hand-edited URL with a bad filter shows a message and the unfiltered list rather than an error page.
  const search: UserSearch = parsed.success ? parsed.data : { page: 1 };
  const { users, total, page, pageCount } = await findUsersForAdmin(actor.organizationId, search);

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('list.title')}</h1>
      <p className="mt-2 max-w-2xl">{t('list.intro')}</p>

      <form method="get" role="search" aria-label={t('list.searchLabel')} className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="user-search-q" className="block font-semibold">
            {t('list.q')}
          </label>
          <input id="user-search-q" name="q" type="search" defaultValue={search.q ?? ''} className={inputClass} />
        </div>
        <div>
          <label htmlFor="user-search-role" className="block font-semibold">
            {t('list.role')}
          </label>
          <select id="user-search-role" name="role" defaultValue={search.role ?? ''} className={inputClass}>
            <option value="">{t('list.anyRole')}</option>
            {USER_ROLE_FILTERS.map((r) => (
              <option key={r} value={r}>
                {t(`roleFilters.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t('list.submit')}
        </button>
      </form>
      {!parsed.success && (
        <p role="alert" className="mt-4 rounded border-2 border-danger bg-red-50 px-4 py-3 font-medium text-danger">
          {t('list.badFilter')}
        </p>
      )}

      <TableScrollRegion label={t('list.caption', { total })} className="mt-6">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-semibold">
            {t('list.caption', { total })}
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-2 pr-4">{t('columns.name')}</th>
              <th scope="col" className="py-2 pr-4">{t('columns.email')}</th>
              <th scope="col" className="py-2 pr-4">{t('columns.orgRoles')}</th>
              <th scope="col" className="py-2 pr-4">{t('columns.spaceRoles')}</th>
              <th scope="col" className="py-2">{t('columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {users.length === 0 && (
              <tr>
                <td colSpan={5} className="py-4 text-muted">
                  {t('list.empty')}
                </td>
              </tr>
            )}
            {users.map((u) => (
              <tr key={u.id} className="border-b border-gray-300 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/admin/users/${u.id}`} className="font-semibold text-brand-700 underline">
                    {u.displayName}
                  </Link>
                </th>
                <td className="break-all py-2 pr-4">{u.email}</td>
                <td className="py-2 pr-4">
                  {u.orgRoles.length ? u.orgRoles.map((r) => t(`orgRoles.${r.role}`)).join(', ') : <span className="text-muted">–</span>}
                </td>
                <td className="py-2 pr-4">
                  {u.spaceRoles.length ? (
                    <ul>
                      {u.spaceRoles.map((r) => (
                        <li key={`${r.space.id}-${r.role}`}>
                          {t(`spaceRoles.${r.role}`)}:{' '}
                          <span lang={localizedLang(r.space.title, locale)}>{localize(r.space.title, locale)}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-muted">–</span>
                  )}
                </td>
                <td className="py-2">
                  {u.blockedAt ? (
                    <strong className="text-danger">{t('status.blocked')}</strong>
                  ) : u.emailVerifiedAt ? (
                    t('status.active')
                  ) : (
                    t('status.unconfirmed')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScrollRegion>
      <PaginationNav pathname="/admin/users" query={{ q: search.q, role: search.role }} page={page} pageCount={pageCount} />
    </div>
  );
}
