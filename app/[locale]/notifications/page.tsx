import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { requirePageActor } from '@/lib/core/page-guards';
import { localize } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { listNotifications } from '@/lib/notifications/queries';
import { ClientMessages } from '@/components/layout/client-messages';
import { MarkAllReadButton } from '@/components/notifications/mark-all-read-button';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications.centre');
  return { title: t('title') };
}

/** `?before=<ISO time>_<id>`: the keyset of the last item of the previous page; anything else starts from the top. */
function readCursor(value: string | string[] | undefined): { createdAt: Date; id: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([a-z0-9]{1,40})$/.exec(value);
  const createdAt = match ? new Date(match[1]!) : null;
  return match && createdAt && !Number.isNaN(createdAt.getTime()) ? { createdAt, id: match[2]! } : undefined;
}

export default async function NotificationsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePageActor(locale, '/notifications');
  const before = readCursor((await searchParams).before);
  const [t, format, { items, next }] = await Promise.all([getTranslations('notifications'), getFormatter(), listNotifications(actor, before)]);
  const hasUnread = items.some((n) => !n.readAt);

  return (
    <ClientMessages paths={['notifications.centre']}>
      <div className="space-y-6">
        <div>
          <h1 className="text-3xl font-bold">{t('centre.title')}</h1>
          <p className="mt-2 max-w-2xl text-lg">{t('centre.intro')}</p>
          <p className="mt-2">
            <Link href="/profile#notifications" className="font-semibold text-brand-800 underline">{t('centre.settings')}</Link>
          </p>
        </div>
        {hasUnread && <MarkAllReadButton />}
        {items.length === 0 ? (
          <p>{t('centre.empty')}</p>
        ) : (
          <ul className="divide-y divide-gray-300 border-y border-gray-300">
            {items.map((n) => (
              <li key={n.id} className={n.readAt ? 'py-4' : 'border-l-4 border-brand-700 bg-brand-50 py-4 pl-3'}>
                <p className="text-sm">
                  {!n.readAt && <strong className="mr-2">{t('centre.unread')}:</strong>}
                  {t(`kinds.${n.kind}`)} · {localize(n.data.context, locale)} ·{' '}
                  <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</time>
                </p>
                <a href={`/${locale}/notifications/${n.id}`} className="mt-1 inline-block text-lg font-semibold text-brand-800 underline">
                  {localize(n.data.title, locale)}
                </a>
              </li>
            ))}
          </ul>
        )}
        {next && (
          <Link href={{ pathname: '/notifications', query: { before: `${next.createdAt.toISOString()}_${next.id}` } }} className="font-semibold text-brand-800 underline">
            {t('centre.older')}
          </Link>
        )}
      </div>
    </ClientMessages>
  );
}
