import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/core/page-guards';
import { getCurrentOrganization } from '@/lib/organization/current';
import { defaultLocale, isLocale, locales } from '@/lib/i18n/config';
import { findHomeAreaOptions, getProfile, listSessions } from '@/lib/users/account';
import { describeUserAgent } from '@/lib/users/user-agent';
import { ProfileForm } from '@/components/auth/profile-form';
import { ChangeEmailForm } from '@/components/auth/change-email-form';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { RevokeSessionButton, SignOutEverywhereButton } from '@/components/auth/session-buttons';
import { TableScrollRegion } from '@/components/layout/table-scroll-region';
import { ClientMessages } from '@/components/layout/client-messages';
import { EmailPreferencesForm } from '@/components/notifications/email-preferences-form';
import { FollowedList } from '@/components/follows/followed-list';
import { getEmailPreferences } from '@/lib/notifications/preferences';
import { getNewsletterConsent } from '@/lib/newsletters/consent';
import { NewsletterConsentForm } from '@/components/newsletters/newsletter-consent-form';
import { listFollows } from '@/lib/follows/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('profile');
  return { title: t('title') };
}

export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePageActor(locale, '/profile');
  const [t, tn, tl, format, org, profile, areaOptions, sessions, emailPreferences, follows, newsletterConsent] = await Promise.all([
    getTranslations('profile'),
    getTranslations('notifications'),
    getTranslations('newsletters.consent'),
    getFormatter(),
    getCurrentOrganization(),
    getProfile(actor),
    findHomeAreaOptions(actor.organizationId, locale),
    listSessions(actor),
    getEmailPreferences(actor.userId),
    listFollows(actor, locale),
    getNewsletterConsent(actor.userId),
  ]);
  const enabledLocales = locales.filter((l) => org.enabledLocales.includes(l) || l === profile.preferredLocale);
  const deviceName = (userAgent: string | null) => {
    const { browser, os } = describeUserAgent(userAgent);
    if (browser && os) return t('sessions.device', { browser, os });
    return browser ?? os ?? t('sessions.unknownDevice');
  };

  return (
    <ClientMessages paths={['profile', 'notifications.preferences', 'notifications.kinds', 'notifications.follows', 'newsletters.consent']}>
    <div className="space-y-12">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-2xl text-lg">{t('intro')}</p>
      </div>

      <ProfileForm
        defaultValues={{
          displayName: profile.displayName,
          preferredLocale: profile.preferredLocale,
          homeAreaId: profile.homeAreaId ?? '',
          birthYear: profile.birthYear ? String(profile.birthYear) : '',
        }}
        areaOptions={areaOptions}
        enabledLocales={enabledLocales}
      />

      <section id="notifications" aria-labelledby="notifications-title" className="max-w-3xl scroll-mt-4">
        <h2 id="notifications-title" className="mb-2 text-2xl font-bold">{tn('preferences.title')}</h2>
        <p className="mb-4">{tn('preferences.intro')}</p>
        <EmailPreferencesForm defaultValues={emailPreferences} />
      </section>

      <section id="newsletter" aria-labelledby="newsletter-title" className="max-w-3xl scroll-mt-4">
        <h2 id="newsletter-title" className="mb-2 text-2xl font-bold">{tl('title')}</h2>
        <p className="mb-4">{tl('intro')}</p>
        <NewsletterConsentForm consentedAt={newsletterConsent?.toISOString() ?? null} />
      </section>

      <section aria-labelledby="follows-title" className="max-w-3xl">
        <h2 id="follows-title" className="mb-2 text-2xl font-bold">{tn('follows.title')}</h2>
        <p className="mb-4">{tn('follows.intro')}</p>
        <FollowedList items={follows} />
      </section>

      <ChangeEmailForm currentEmail={profile.email} pendingEmail={profile.pendingEmail} />

      <ChangePasswordForm />

      <section aria-labelledby="sessions-title" className="max-w-4xl">
        <h2 id="sessions-title" className="mb-2 text-2xl font-bold">
          {t('sessions.title')}
        </h2>
        <p className="mb-4">{t('sessions.intro')}</p>
        <TableScrollRegion label={t('sessions.caption')}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('sessions.caption')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-2 pr-4">{t('sessions.deviceColumn')}</th>
                <th scope="col" className="py-2 pr-4">{t('sessions.signedInAt')}</th>
                <th scope="col" className="py-2 pr-4">{t('sessions.lastSeen')}</th>
                <th scope="col" className="py-2">{t('sessions.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} className="border-b border-gray-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {deviceName(s.userAgent)}
                    {s.isCurrent && <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">{t('sessions.thisDevice')}</span>}
                  </th>
                  <td className="py-2 pr-4">{format.dateTime(s.createdAt, 'dateTime')}</td>
                  <td className="py-2 pr-4">{format.dateTime(s.lastSeenAt, 'dateTime')}</td>
                  <td className="py-2">
                    {s.isCurrent ? (
                      <span className="text-muted">{t('sessions.currentNote')}</span>
                    ) : (
                      <RevokeSessionButton sessionId={s.id} device={deviceName(s.userAgent)} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScrollRegion>
        <div className="mt-6">
          <p className="mb-2">{t('sessions.signOutEverywhereHint')}</p>
          <SignOutEverywhereButton />
        </div>
      </section>
    </div>
    </ClientMessages>
  );
}
