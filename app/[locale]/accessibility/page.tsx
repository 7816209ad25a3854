import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { isLocale, defaultLocale } from '@/lib/i18n/config';
import { getCurrentOrganization } from '@/lib/organization/current';
import { firstValues } from '@/lib/records/search-params';
import { isPathOrHttpUrl } from '@/lib/accessibility/schema';
import {
  NON_COMPLIANT_CONTENT,
  OUT_OF_SCOPE_CONTENT,
  STATEMENT_PREPARED_ON,
  SUPERVISORY_AUTHORITY_SITE,
  SUPERVISORY_AUTHORITY_URL,
} from '@/lib/accessibility/statement';
import { FeedbackForm } from '@/components/accessibility/feedback-form';
import { ClientMessages } from '@/components/layout/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('accessibility');
  return { title: t('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The accessibility statement in the structure of law 306/2019 and the EU model statement (2018/1523). */
export default async function AccessibilityStatementPage({ params, searchParams }: Props) {
  const { locale: rawLocale } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const [t, format, organization] = await Promise.all([getTranslations('accessibility'), getFormatter(), getCurrentOrganization()]);
  const requestedPage = firstValues(await searchParams).page;
  const initialPageUrl = requestedPage && requestedPage.startsWith('/') && isPathOrHttpUrl(requestedPage) ? requestedPage.slice(0, 500) : undefined;

  const orgName = localize(organization.name, locale);
  const orgLang = localizedLang(organization.name, locale);
  const contactEmail = organization.accessibilityContactEmail ?? organization.contactEmail;
  const siteUrl = env().APP_URL;
  const preparedOn = format.dateTime(new Date(`${STATEMENT_PREPARED_ON}T12:00:00Z`), 'long');
  const reviewedOn = organization.accessibilityStatementDate ? format.dateTime(organization.accessibilityStatementDate, 'long') : null;
  const link = 'font-semibold text-brand-700 underline wrap-anywhere';

  return (
    <article className="max-w-3xl" aria-labelledby="statement-title">
      <h1 id="statement-title" className="text-3xl font-bold">
        {t('title')}
      </h1>
      <p className="mt-4 text-lg">
        {t.rich('intro', { org: (chunks) => <span lang={orgLang}>{chunks}</span>, organization: orgName, url: siteUrl })}
      </p>
      <p className="mt-3">{t('law')}</p>

      <section aria-labelledby="status-heading" className="mt-8">
        <h2 id="status-heading" className="text-2xl font-bold">
          {t('status.heading')}
        </h2>
        <p className="mt-3 font-semibold">{t('status.partial')}</p>
        <p className="mt-2">{t('status.explanation')}</p>
      </section>

      <section aria-labelledby="issues-heading" className="mt-8">
        <h2 id="issues-heading" className="text-2xl font-bold">
          {t('issues.heading')}
        </h2>
        <h3 className="mt-4 text-xl font-bold">{t('issues.nonCompliant')}</h3>
        <ul className="mt-2 space-y-4">
          {NON_COMPLIANT_CONTENT.map((key) => (
            <li key={key}>
              <p className="font-semibold">{t(`issues.${key}.title`)}</p>
              <p>{t(`issues.${key}.body`)}</p>
              <p className="text-sm text-muted">{t(`issues.${key}.criteria`)}</p>
            </li>
          ))}
        </ul>
        <h3 className="mt-6 text-xl font-bold">{t('issues.outOfScope')}</h3>
        <ul className="mt-2 space-y-4">
          {OUT_OF_SCOPE_CONTENT.map((key) => (
            <li key={key}>
              <p className="font-semibold">{t(`issues.${key}.title`)}</p>
              <p>{t(`issues.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="preparation-heading" className="mt-8">
        <h2 id="preparation-heading" className="text-2xl font-bold">
          {t('preparation.heading')}
        </h2>
        <p className="mt-3">{t('preparation.method')}</p>
        <p className="mt-2">{t('preparation.prepared', { date: preparedOn })}</p>
        <p className="mt-2">{reviewedOn ? t('preparation.reviewed', { date: reviewedOn }) : t('preparation.notReviewed')}</p>
      </section>

      <section aria-labelledby="feedback-heading" className="mt-8">
        <h2 id="feedback-heading" className="text-2xl font-bold">
          {t('feedback.heading')}
        </h2>
        <p className="mt-3">{t('feedback.body')}</p>
        <p className="mt-2">{t('feedback.response')}</p>
        {contactEmail ? (
          <p className="mt-2">
            {t('feedback.email')}{' '}
            <a href={`mailto:${contactEmail}`} className={link}>
              {contactEmail}
            </a>
          </p>
        ) : null}
        <div className="mt-6 rounded border border-gray-300 p-4">
          <ClientMessages paths={['accessibility.form']}>
            <FeedbackForm initialPageUrl={initialPageUrl} />
          </ClientMessages>
        </div>
      </section>

      <section aria-labelledby="enforcement-heading" className="mt-8">
        <h2 id="enforcement-heading" className="text-2xl font-bold">
          {t('enforcement.heading')}
        </h2>
        <p className="mt-3">{t('enforcement.body')}</p>
        <h3 className="mt-4 text-xl font-bold">{t('enforcement.authorityHeading')}</h3>
        <address className="mt-2 not-italic">
          {t('enforcement.authorityUnit')}
          <br />
          {t.rich('enforcement.authorityAgency', { fi: (chunks) => <span lang="fi">{chunks}</span> })}
          <br />
          <a href={SUPERVISORY_AUTHORITY_URL} className={link}>
            {SUPERVISORY_AUTHORITY_SITE}
          </a>
        </address>
      </section>
    </article>
  );
}
