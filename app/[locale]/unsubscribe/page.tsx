import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { isNotificationKind } from '@/lib/notifications/event-kinds';
import { NEWSLETTER_SCOPE } from '@/lib/notifications/preferences';
import { unsubscribeFormAction } from '@/lib/notifications/unsubscribe-action';
import { readUnsubscribeToken } from '@/lib/notifications/unsubscribe-token';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications.unsubscribe');
  return { title: t('title'), robots: { index: false } };
}

/**
 * Where the unsubscribe link of a mail leads, for people (mail clients POST to /api/unsubscribe). Opening it changes
 * nothing — mail scanners open links — it asks, and one press of the button switches the mail off, signed in or not.
 */
export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const query = await searchParams;
  const t = await getTranslations('notifications.unsubscribe');
  const token = typeof query.token === 'string' ? query.token : '';
  const parsed = readUnsubscribeToken(token);
  const scope = parsed && (parsed.scope === 'digest' || parsed.scope === NEWSLETTER_SCOPE || isNotificationKind(parsed.scope)) ? parsed.scope : null;

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {!scope ? (
        <p role="alert">{t('invalid')}</p>
      ) : query.done === '1' ? (
        <p role="status" className="rounded border-l-4 border-brand-700 bg-brand-50 p-4 text-lg">{t('done')}</p>
      ) : (
        <form action={unsubscribeFormAction} className="space-y-4">
          <p className="text-lg">{t(`confirm.${scope}`)}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">{t('button')}</button>
        </form>
      )}
      <p>
        <Link href="/profile#notifications" className="font-semibold text-brand-800 underline">{t('settingsHint')}</Link>
      </p>
    </div>
  );
}
