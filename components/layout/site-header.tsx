import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { getActor } from '@/lib/auth/current-actor';
import { canAccessAdmin } from '@/lib/admin/permissions';
import { LanguageSwitcher } from './language-switcher';
import { localeNames, type Locale } from '@/lib/i18n/config';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { NotificationBell } from '@/components/notifications/notification-bell';

export async function SiteHeader({ locale, enabledLocales }: { locale: string; enabledLocales: readonly Locale[] }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  const tn = await getTranslations({ locale, namespace: 'notifications.header' });
  const actor = await getActor();
  const linkClass = 'rounded px-2 py-1 font-medium text-white underline-offset-4 hover:underline';
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-2xl font-bold text-white">
          {t('siteName')}
        </Link>
        <nav aria-label={t('mainNavigation')}>
          <ul className="flex flex-wrap items-center gap-2">
            <li><Link href="/" className={linkClass}>{t('nav.home')}</Link></li>
            <li><Link href="/spaces" className={linkClass}>{t('nav.spaces')}</Link></li>
            <li><Link href="/areas" className={linkClass}>{t('nav.areas')}</Link></li>
            <li><Link href="/haku" className={linkClass}>{t('nav.search')}</Link></li>
            {actor && canAccessAdmin(actor) && (
              <li><Link href="/admin" className={linkClass}>{t('nav.admin')}</Link></li>
            )}
            {/* Both variants, shown by the signed-in mark on <html>: the same page serves residents and anonymous
                visitors (ADR 021). Nothing personal here; the admin link above is for role holders, never shared. */}
            <li className="signed-in-only">
              <NotificationBell
                href={`/${locale}/notifications`}
                className={linkClass}
                labels={{ link: tn('link'), unreadOne: tn('unreadOne'), unreadMany: tn('unreadMany', { count: '{count}' }), manyUnread: tn('manyUnread', { count: '{count}' }) }}
              />
            </li>
            <li className="signed-in-only"><Link href="/profile" className={linkClass}>{t('nav.profile')}</Link></li>
            <li className="signed-in-only"><SignOutButton label={t('nav.signOut')} className={linkClass} /></li>
            <li className="signed-out-only"><Link href="/sign-in" className={linkClass}>{t('nav.signIn')}</Link></li>
            <li className="signed-out-only"><Link href="/register" className={linkClass}>{t('nav.register')}</Link></li>
          </ul>
        </nav>
        <LanguageSwitcher
          locales={enabledLocales}
          labels={{
            label: t('languageSwitcher.label'),
            switchTo: { fi: '', sv: '', en: '', ...Object.fromEntries(enabledLocales.map((l) => [l, t('languageSwitcher.switchTo', { language: localeNames[l] })])) },
          }}
        />
      </div>
    </header>
  );
}
