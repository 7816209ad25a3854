import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export type SpaceAdminTab = 'details' | 'phases' | 'members' | 'components';

/**
 * The sections of one space's admin screens. A server component: each page says which tab it is, so the current
 * one gets aria-current="page" without client JavaScript. Phases exist only for participatory processes.
 */
export async function SpaceAdminTabs({ space, current }: { space: { id: string; kind: 'PROCESS' | 'ASSEMBLY' }; current: SpaceAdminTab }) {
  const t = await getTranslations('spaces.admin.tabs');
  const base = `/admin/spaces/${space.id}`;
  const tabs: { key: SpaceAdminTab; href: string }[] = [
    { key: 'details', href: base },
    ...(space.kind === 'PROCESS' ? [{ key: 'phases' as const, href: `${base}/phases` }] : []),
    { key: 'members', href: `${base}/members` },
    { key: 'components', href: `${base}/components` },
  ];
  return (
    <nav aria-label={t('label')} className="mb-6 border-b-2 border-gray-300 print:hidden">
      <ul className="-mb-0.5 flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const isCurrent = tab.key === current;
          return (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={isCurrent ? 'page' : undefined}
                className={
                  isCurrent
                    ? 'block rounded-t border-2 border-b-white border-gray-300 bg-white px-4 py-2 font-bold text-ink'
                    : 'block rounded-t border-2 border-transparent px-4 py-2 font-medium text-brand-700 underline hover:bg-brand-50'
                }
              >
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
