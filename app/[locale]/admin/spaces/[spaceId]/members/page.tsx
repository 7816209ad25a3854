import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { loadSpaceAdminPage } from '@/lib/spaces/admin-page';
import { removeSpaceMemberAction, revokeSpaceRoleAction } from '@/lib/spaces/actions';
import { toDateInputValue, toLocalizedFormValue } from '@/lib/spaces/form-values';
import { canManageSpaceMember, canManageSpaceRoles, canUpdateSpace } from '@/lib/spaces/permissions';
import { ActionButton } from '@/components/spaces/action-button';
import { formatDateRange } from '@/components/spaces/date-range';
import { MemberForm } from '@/components/spaces/member-form';
import { RoleGrantForm } from '@/components/spaces/role-grant-form';
import { SpaceAdminHeader } from '@/components/spaces/space-admin-header';
import { TableScrollRegion } from '@/components/layout/table-scroll-region';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('spaces.admin.tabs');
  return { title: t('members') };
}

type Props = { params: Promise<{ locale: string; spaceId: string }> };

export default async function SpaceMembersAdminPage({ params }: Props) {
  const { locale: rawLocale, spaceId } = await params;
  const { actor, locale, space } = await loadSpaceAdminPage(rawLocale, spaceId, '/members');
  const canEditMembers = canUpdateSpace(actor, space);
  const canManageRoles = canManageSpaceRoles(actor, space);
  const t = await getTranslations('spaces');
  const members = await Promise.all(
    space.members.map(async (m) => ({ ...m, term: await formatDateRange(m.startDate, m.endDate) })),
  );
  const cell = 'py-2 pr-4';

  return (
    <div>
      <SpaceAdminHeader space={space} locale={locale} current="members" />
      {!canEditMembers && <p className="mb-6 max-w-3xl rounded border-2 border-brand-700 bg-brand-50 px-4 py-3">{t('admin.readOnly')}</p>}

      <section aria-labelledby="roles-heading" className="max-w-4xl">
        <h2 id="roles-heading" className="text-xl font-bold">
          {t('roles.heading')}
        </h2>
        <p className="mt-2">{t('roles.intro')}</p>
        {space.roles.length === 0 ? (
          <p className="mt-4">{t('roles.empty')}</p>
        ) : (
          <TableScrollRegion label={t('roles.caption')} className="mt-4">
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left font-bold">{t('roles.caption')}</caption>
              <thead>
                <tr className="border-b-2 border-gray-500">
                  <th scope="col" className={cell}>{t('roles.columns.person')}</th>
                  {canManageRoles && <th scope="col" className={cell}>{t('roles.columns.email')}</th>}
                  <th scope="col" className={cell}>{t('roles.columns.role')}</th>
                  {canManageRoles && <th scope="col" className={cell}>{t('roles.columns.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {space.roles.map((r) => (
                  <tr key={r.id} className="border-b border-gray-300 align-top">
                    <th scope="row" className={`${cell} font-semibold`}>{r.user.displayName}</th>
                    {canManageRoles && <td className={`${cell} break-all`}>{r.user.email}</td>}
                    <td className={cell}>{t(`role.${r.role}`)}</td>
                    {canManageRoles && (
                      <td className={cell}>
                        <ActionButton
                          action={revokeSpaceRoleAction.bind(null, space.id, r.id)}
                          variant="danger"
                          confirmMessage={t('roles.confirmRevoke', { email: r.user.email ?? r.user.displayName, role: t(`role.${r.role}`) })}
                        >
                          {t('roles.revoke')}
                          <span className="sr-only"> {t('roles.revokeFor', { name: r.user.displayName })}</span>
                        </ActionButton>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScrollRegion>
        )}
        {canManageRoles && (
          <div className="mt-6 rounded border border-gray-300 p-4">
            <RoleGrantForm spaceId={space.id} />
          </div>
        )}
      </section>

      <section aria-labelledby="members-heading" className="mt-10 max-w-4xl border-t-2 border-gray-300 pt-6">
        <h2 id="members-heading" className="text-xl font-bold">
          {t('members.heading')}
        </h2>
        <p className="mt-2">{space.kind === 'ASSEMBLY' ? t('members.introAssembly') : t('members.introProcess')}</p>
        {canEditMembers && !canManageRoles && <p className="mt-2">{t('members.accountByAdmins')}</p>}
        {members.length === 0 ? (
          <p className="mt-4">{t('members.empty')}</p>
        ) : (
          <ul aria-label={t('members.listLabel')} className="mt-4 space-y-3">
            {members.map((m) => {
              const note = localize(m.positionNote, locale);
              return (
                <li key={m.id} className="rounded border border-gray-400 p-4">
                  <h3 className="text-lg font-bold">{m.fullName}</h3>
                  <dl className="mt-1 grid gap-x-4 sm:grid-cols-[10rem_1fr]">
                    <dt className="font-semibold">{t('members.position')}</dt>
                    <dd>
                      {t(`position.${m.position}`)}
                      {note && (
                        <>
                          {', '}
                          <span lang={localizedLang(m.positionNote, locale)}>{note}</span>
                        </>
                      )}
                    </dd>
                    {m.term && (
                      <>
                        <dt className="font-semibold">{t('members.term')}</dt>
                        <dd>{m.term}</dd>
                      </>
                    )}
                    <dt className="font-semibold">{t('members.account')}</dt>
                    <dd className="break-all">
                      {!m.user ? t('members.noAccount') : (m.user.email ?? t('members.linkedAccount', { name: m.user.displayName }))}
                    </dd>
                  </dl>
                  {canManageSpaceMember(actor, space, { hasAccount: !!m.user }) && (
                    <div className="mt-3 space-y-3">
                      <details className="rounded border border-gray-300 p-3">
                        <summary className="cursor-pointer font-semibold text-brand-700 underline">
                          {t('members.edit')}
                          <span className="sr-only">: {m.fullName}</span>
                        </summary>
                        <div className="mt-3">
                          <MemberForm
                            spaceId={space.id}
                            memberId={m.id}
                            heading={t('members.editHeading', { name: m.fullName })}
                            headingLevel={4}
                            canLinkAccount={canManageRoles}
                            defaultValues={{
                              fullName: m.fullName,
                              position: m.position,
                              positionNote: toLocalizedFormValue(m.positionNote),
                              userEmail: m.user?.email ?? '',
                              startDate: toDateInputValue(m.startDate),
                              endDate: toDateInputValue(m.endDate),
                            }}
                          />
                        </div>
                      </details>
                      <ActionButton
                        action={removeSpaceMemberAction.bind(null, space.id, m.id)}
                        variant="danger"
                        confirmMessage={t('members.confirmRemove', { name: m.fullName })}
                      >
                        {t('members.remove')}
                        <span className="sr-only">: {m.fullName}</span>
                      </ActionButton>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {canEditMembers && (
          <div className="mt-6 rounded border border-gray-300 p-4">
            <MemberForm spaceId={space.id} heading={t('members.addHeading')} canLinkAccount={canManageRoles} />
          </div>
        )}
      </section>
    </div>
  );
}
