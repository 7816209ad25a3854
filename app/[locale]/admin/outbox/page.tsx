import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/core/page-guards';
import { firstValues, PageNumberSchema } from '@/lib/records/search-params';
import { canReadOutbox } from '@/lib/users/permissions';
import { findOutboxMessages } from '@/lib/outbox/queries';
import { PaginationNav } from '@/components/records/pagination-nav';
import { TableScrollRegion } from '@/components/layout/table-scroll-region';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outbox');
  return { title: t('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OutboxPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, '/admin/outbox', canReadOutbox);
  const [t, format] = await Promise.all([getTranslations('outbox'), getFormatter()]);
  const page = PageNumberSchema.parse(firstValues(await searchParams).page);
  const { messages, total, pageCount } = await findOutboxMessages(actor.organizationId, page);

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-2xl">{t('note')}</p>
      <p className="mt-2 max-w-2xl text-sm text-muted">{t('privacy')}</p>

      <TableScrollRegion label={t('caption', { total })} className="mt-6">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-semibold">{t('caption', { total })}</caption>
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-2 pr-4">{t('columns.time')}</th>
              <th scope="col" className="py-2 pr-4">{t('columns.to')}</th>
              <th scope="col" className="py-2">{t('columns.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.length === 0 && (
              <tr>
                <td colSpan={3} className="py-4 text-muted">{t('empty')}</td>
              </tr>
            )}
            {messages.map((m) => (
              <tr key={m.id} className="border-b border-gray-300 align-top">
                <td className="whitespace-nowrap py-2 pr-4">
                  <time dateTime={m.createdAt.toISOString()}>{format.dateTime(m.createdAt, 'dateTime')}</time>
                </td>
                <td className="break-all py-2 pr-4">{m.to}</td>
                <td className="py-2">
                  <details>
                    <summary className="cursor-pointer font-medium text-brand-700 underline">{m.subject}</summary>
                    <p className="sr-only">{t('textLabel')}</p>
                    <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-gray-100 p-3 font-sans text-sm">{m.text}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScrollRegion>
      <PaginationNav pathname="/admin/outbox" query={{}} page={page} pageCount={pageCount} />
    </div>
  );
}
