import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/core/page-guards';
import { firstValues, PageNumberSchema } from '@/lib/records/search-params';
import { canReadAccessibilityFeedback } from '@/lib/users/permissions';
import { findAccessibilityFeedback } from '@/lib/accessibility/queries';
import { PaginationNav } from '@/components/records/pagination-nav';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('feedback');
  return { title: t('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccessibilityFeedbackAdminPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, '/admin/feedback', canReadAccessibilityFeedback);
  const [t, format] = await Promise.all([getTranslations('feedback'), getFormatter()]);
  const page = PageNumberSchema.parse(firstValues(await searchParams).page);
  const { items, total, pageCount } = await findAccessibilityFeedback(actor.organizationId, page);

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-2xl">{t('intro')}</p>
      <h2 className="mt-8 text-xl font-bold">{t('listHeading', { total })}</h2>
      {items.length === 0 ? (
        <p className="mt-4 text-muted">{t('empty')}</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {items.map((f) => (
            <li key={f.id} className="rounded border border-gray-300 p-4">
              <article aria-labelledby={`feedback-${f.id}`}>
                <h3 id={`feedback-${f.id}`} className="font-semibold">
                  <time dateTime={f.createdAt.toISOString()}>{format.dateTime(f.createdAt, 'dateTime')}</time>
                  {' – '}
                  {f.name ?? t('anonymous')}
                </h3>
                <dl className="mt-2 grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{t('fields.email')}</dt>
                  <dd className="break-all">
                    {f.email ? (
                      <a href={`mailto:${f.email}`} className="text-brand-700 underline">
                        {f.email}
                      </a>
                    ) : (
                      t('notGiven')
                    )}
                  </dd>
                  <dt className="font-semibold">{t('fields.pageUrl')}</dt>
                  <dd className="break-all">
                    {f.pageUrl ? (
                      <a href={f.pageUrl} className="text-brand-700 underline">
                        {f.pageUrl}
                      </a>
                    ) : (
                      t('notGiven')
                    )}
                  </dd>
                </dl>
                <p className="mt-3 whitespace-pre-wrap break-words">{f.message}</p>
              </article>
            </li>
          ))}
        </ol>
      )}
      <PaginationNav pathname="/admin/feedback" query={{}} page={page} pageCount={pageCount} />
    </div>
  );
}
