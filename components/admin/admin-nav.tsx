import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Actor } from '@/lib/auth/actor';
import { canManageOrganization } from '@/lib/admin/permissions';
import { canWriteNewsletters } from '@/lib/newsletters/permissions';
import { canModerateAnything } from '@/lib/moderation/permissions';
import { canUseIdeasDesk } from '@/lib/ideas/desk-permissions';

/** Side navigation of the admin area; organization-level entries only for organization admins. */
export async function AdminNav({ actor }: { actor: Actor }) {
  const t = await getTranslations('admin.nav');
  const orgAdmin = canManageOrganization(actor);
  const items: { href: string; label: string }[] = [
    { href: '/admin', label: t('dashboard') },
    { href: '/admin/spaces', label: t('spaces') },
    ...(canWriteNewsletters(actor) ? [{ href: '/admin/newsletters', label: t('newsletters') }] : []),
    ...(canModerateAnything(actor) ? [{ href: '/admin/moderation', label: t('moderation') }] : []),
    ...(canUseIdeasDesk(actor) ? [{ href: '/admin/ideas', label: t('ideas') }] : []),
    ...(orgAdmin
      ? [
          { href: '/admin/areas', label: t('areas') },
          { href: '/admin/users', label: t('users') },
          { href: '/admin/service-areas', label: t('serviceAreas') },
          { href: '/admin/organization', label: t('organization') },
          { href: '/admin/audit', label: t('audit') },
          { href: '/admin/outbox', label: t('outbox') },
          { href: '/admin/mail', label: t('mail') },
          { href: '/admin/feedback', label: t('feedback') },
        ]
      : []),
  ];
  return (
    <nav aria-label={t('label')} className="mb-6 md:mb-0 md:w-56 md:shrink-0 print:hidden">
      <ul className="flex flex-wrap gap-2 md:flex-col">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block rounded px-3 py-2 font-medium text-brand-700 underline hover:bg-brand-50">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
