import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link, redirect } from '@/lib/i18n/navigation';
import { notFoundUnless, requirePagePermission } from '@/lib/core/page-guards';
import { asLocalizedText } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { canWriteNewsletters } from '@/lib/newsletters/permissions';
import { audienceOptions, getManagedNewsletter } from '@/lib/newsletters/queries';
import { NewsletterForm } from '@/components/newsletters/newsletter-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('newsletters.admin.form');
  return { title: t('editTitle') };
}

export default async function EditNewsletterPage({ params }: { params: Promise<{ locale: string; newsletterId: string }> }) {
  const { locale: raw, newsletterId } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePagePermission(locale, `/admin/newsletters/${newsletterId}/edit`, canWriteNewsletters);
  const newsletter = notFoundUnless(/^[a-z0-9]{1,40}$/.test(newsletterId) ? await getManagedNewsletter(actor, newsletterId, locale) : null);
  // What was sent is kept as it was sent.
  if (newsletter.status !== 'DRAFT') redirect({ href: `/admin/newsletters/${newsletter.id}`, locale });
  const [t, options] = await Promise.all([getTranslations('newsletters.admin'), audienceOptions(actor, locale)]);
  const text = (value: unknown) => ({ fi: '', sv: '', en: '', ...asLocalizedText(value) });
  return (
    <div>
      <p className="mb-4"><Link href="/admin/newsletters" className="text-brand-700 underline">{t('detail.back')}</Link></p>
      <NewsletterForm
        newsletterId={newsletter.id}
        options={options}
        defaultValues={{ subject: text(newsletter.subject), body: text(newsletter.body), audience: newsletter.audience, targetId: newsletter.targetId ?? '' }}
        listHref="/admin/newsletters"
      />
    </div>
  );
}
