import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { requirePagePermission } from '@/lib/core/page-guards';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { canWriteNewsletters } from '@/lib/newsletters/permissions';
import { listNewsletters } from '@/lib/newsletters/queries';
import { TableScrollRegion } from '@/components/layout/table-scroll-region';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('newsletters.admin');
  return { title: t('title') };
}

/** The newsletters the person manages: all of the organization's for an admin, their spaces' for a coordinator. */
export default async function NewslettersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePagePermission(locale, '/admin/newsletters', canWriteNewsletters);
  const [t, format, newsletters] = await Promise.all([getTranslations('newsletters.admin'), getFormatter(), listNewsletters(actor, locale)]);

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <p className="mt-4">
        <Link href="/admin/newsletters/new" className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t('new')}</Link>
      </p>
      {newsletters.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <TableScrollRegion label={t('caption')}>
          <table className="mt-6 w-full border-collapse text-left">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-2 pr-4">{t('columns.subject')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.audience')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.status')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.date')}</th>
                <th scope="col" className="py-2">{t('columns.recipients')}</th>
              </tr>
            </thead>
            <tbody>
              {newsletters.map((n) => (
                <tr key={n.id} className="border-b border-gray-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    <Link href={`/admin/newsletters/${n.id}`} lang={n.subjectLang} className="text-brand-800 underline">{n.subjectText}</Link>
                  </th>
                  <td className="py-2 pr-4">{t(`audiences.${n.audience}`, { name: n.targetName ?? '–' })}</td>
                  <td className="py-2 pr-4">{t(`statuses.${n.status}`)}</td>
                  <td className="py-2 pr-4">{format.dateTime(n.sentAt ?? n.createdAt, 'dateTime')}</td>
                  <td className="py-2">{n.recipientCount ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScrollRegion>
      )}
    </div>
  );
}
