import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/core/page-guards';
import { firstValues, PageNumberSchema } from '@/lib/records/search-params';
import { canReadMailDeliveries } from '@/lib/users/permissions';
import { countMailDeliveries, DELIVERY_STATUSES, DeliveryStatusSchema, findMailDeliveries } from '@/lib/mail/delivery-queries';
import { isMailKind } from '@/lib/mail/mail-kinds';
import { Link } from '@/lib/i18n/navigation';
import { PaginationNav } from '@/components/records/pagination-nav';
import { TableScrollRegion } from '@/components/layout/table-scroll-region';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mailDeliveries');
  return { title: t('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Mail deliveries of the organization by state: who, what kind, how many attempts, the last error (ADR 023). */
export default async function MailDeliveriesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, '/admin/mail', canReadMailDeliveries);
  const [t, format] = await Promise.all([getTranslations('mailDeliveries'), getFormatter()]);
  const query = firstValues(await searchParams);
  const status = DeliveryStatusSchema.parse(query.status);
  const page = PageNumberSchema.parse(query.page);
  const [counts, { deliveries, total, pageCount }] = await Promise.all([
    countMailDeliveries(actor.organizationId),
    findMailDeliveries(actor.organizationId, status, page),
  ]);

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <p className="mt-2 max-w-3xl text-sm text-muted">{t('privacy')}</p>

      <nav aria-label={t('filterLabel')} className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {DELIVERY_STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={{ pathname: '/admin/mail', query: { status: s } }}
                aria-current={s === status ? 'page' : undefined}
                className={
                  s === status
                    ? 'block rounded bg-brand-700 px-3 py-2 font-semibold text-white'
                    : 'block rounded border-2 border-brand-700 px-3 py-2 font-semibold text-brand-800 underline'
                }
              >
                {t(`status.${s}`)}: {counts[s]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <TableScrollRegion label={t('caption', { total, status: t(`status.${status}`) })} className="mt-6">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-semibold">{t('caption', { total, status: t(`status.${status}`) })}</caption>
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-2 pr-4">{t('columns.queued')}</th>
              <th scope="col" className="py-2 pr-4">{t('columns.recipient')}</th>
              <th scope="col" className="py-2 pr-4">{t('columns.kind')}</th>
              <th scope="col" className="py-2 pr-4">{t('columns.attempts')}</th>
              <th scope="col" className="py-2">{status === 'SENT' ? t('columns.sent') : t('columns.error')}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.length === 0 && (
              <tr>
                <td colSpan={5} className="py-4 text-muted">{t(`empty.${status}`)}</td>
              </tr>
            )}
            {deliveries.map((d) => (
              <tr key={d.id} className="border-b border-gray-300 align-top">
                <td className="whitespace-nowrap py-2 pr-4">
                  <time dateTime={d.createdAt.toISOString()}>{format.dateTime(d.createdAt, 'dateTime')}</time>
                </td>
                <td className="break-all py-2 pr-4">{d.recipient}</td>
                <td className="py-2 pr-4">{isMailKind(d.kind) ? t(`kinds.${d.kind}`) : d.kind}</td>
                <td className="py-2 pr-4">{d.attempts}</td>
                <td className="break-words py-2">
                  {status === 'SENT' && d.sentAt ? (
                    <time dateTime={d.sentAt.toISOString()}>{format.dateTime(d.sentAt, 'dateTime')}</time>
                  ) : (
                    (d.lastError ?? t('noError'))
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScrollRegion>
      <PaginationNav pathname="/admin/mail" query={{ status }} page={page} pageCount={pageCount} />
    </div>
  );
}
