import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { notFoundUnless, requirePagePermission } from '@/lib/core/page-guards';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { defaultLocale, isLocale, localeNames, locales } from '@/lib/i18n/config';
import { getCurrentOrganization } from '@/lib/organization/current';
import { newsletterMail } from '@/lib/newsletters/mail';
import { canWriteNewsletters } from '@/lib/newsletters/permissions';
import { getManagedNewsletter } from '@/lib/newsletters/queries';
import { countNewsletterRecipients } from '@/lib/newsletters/recipients';
import { NewsletterSendPanel } from '@/components/newsletters/newsletter-send-panel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('newsletters.admin');
  return { title: t('title') };
}

/**
 * One newsletter: whom it goes to, a preview of the mail in each of the organization's languages, and — while a
 * draft — editing, a test send and the send itself; once sent, how many mails went out, failed or wait.
 */
export default async function NewsletterPage({ params }: { params: Promise<{ locale: string; newsletterId: string }> }) {
  const { locale: raw, newsletterId } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePagePermission(locale, `/admin/newsletters/${newsletterId}`, canWriteNewsletters);
  const newsletter = notFoundUnless(/^[a-z0-9]{1,40}$/.test(newsletterId) ? await getManagedNewsletter(actor, newsletterId, locale) : null);
  const [t, format, org] = await Promise.all([getTranslations('newsletters.admin'), getFormatter(), getCurrentOrganization()]);
  const isDraft = newsletter.status === 'DRAFT';
  const recipientsNow = isDraft ? await countNewsletterRecipients(newsletter) : null;
  const previewLocales = locales.filter((l) => org.enabledLocales.includes(l));
  const subject = localize(newsletter.subject, locale);

  return (
    <div className="space-y-8">
      <p><Link href="/admin/newsletters" className="text-brand-700 underline">{t('detail.back')}</Link></p>
      <div>
        <h1 className="text-3xl font-bold" lang={localizedLang(newsletter.subject, locale)}>{subject}</h1>
        <dl className="mt-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t('detail.status')}</dt>
          <dd>{t(`statuses.${newsletter.status}`)}</dd>
          <dt className="font-semibold">{t('detail.audience')}</dt>
          <dd>{t(`audiences.${newsletter.audience}`, { name: newsletter.targetName ?? '–' })}</dd>
          {recipientsNow !== null && (
            <>
              <dt className="font-semibold">{t('detail.recipientsNow')}</dt>
              <dd>{recipientsNow}</dd>
            </>
          )}
          {newsletter.sentAt && (
            <>
              <dt className="font-semibold">{t('detail.sentAt')}</dt>
              <dd>{format.dateTime(newsletter.sentAt, 'dateTime')}</dd>
            </>
          )}
        </dl>
        {isDraft && (
          <p className="mt-4">
            <Link href={`/admin/newsletters/${newsletter.id}/edit`} className="inline-block rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 underline">{t('detail.edit')}</Link>
          </p>
        )}
      </div>

      {newsletter.counts && (
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="text-2xl font-bold">{t('detail.results')}</h2>
          <dl className="mt-3 grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-1">
            <dt className="font-semibold">{t('detail.addressed')}</dt>
            <dd>{newsletter.recipientCount ?? '–'}</dd>
            <dt className="font-semibold">{t('detail.sent')}</dt>
            <dd>{newsletter.counts.sent}</dd>
            <dt className="font-semibold">{t('detail.failed')}</dt>
            <dd>{newsletter.counts.failed}</dd>
            <dt className="font-semibold">{t('detail.pending')}</dt>
            <dd>{newsletter.counts.pending}</dd>
          </dl>
          <p className="mt-3">
            <Link href={`/admin/newsletters/${newsletter.id}`} className="text-brand-700 underline">{t('detail.refresh')}</Link>
          </p>
        </section>
      )}

      {isDraft && (
        <NewsletterSendPanel
          newsletterId={newsletter.id}
          locales={previewLocales.map((l) => ({ value: l, label: localeNames[l] }))}
          defaultLocale={actor.locale}
          recipientCount={recipientsNow ?? 0}
          listHref="/admin/newsletters"
        />
      )}

      <section aria-labelledby="preview-title">
        <h2 id="preview-title" className="text-2xl font-bold">{t('detail.preview')}</h2>
        <p className="mb-4">{t('detail.previewIntro')}</p>
        {previewLocales.map((l) => {
          const mail = newsletterMail({ userId: actor.userId, name: actor.displayName, locale: l }, newsletter, org.name);
          return (
            <article key={l} lang={l} aria-labelledby={`preview-${l}`} className="mb-6 rounded border border-gray-300 p-4">
              <h3 id={`preview-${l}`} className="text-lg font-bold">{t('detail.previewIn', { language: localeNames[l] })}</h3>
              <p className="mt-2"><strong>{t('detail.subjectLabel')}</strong> {mail.subject}</p>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans">{mail.text}</pre>
            </article>
          );
        })}
      </section>
    </div>
  );
}
