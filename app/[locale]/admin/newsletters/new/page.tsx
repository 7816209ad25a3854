import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { requirePagePermission } from '@/lib/core/page-guards';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { canWriteNewsletters } from '@/lib/newsletters/permissions';
import { audienceOptions } from '@/lib/newsletters/queries';
import { NewsletterForm } from '@/components/newsletters/newsletter-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('newsletters.admin.form');
  return { title: t('newTitle') };
}

export default async function NewNewsletterPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePagePermission(locale, '/admin/newsletters/new', canWriteNewsletters);
  const [t, options] = await Promise.all([getTranslations('newsletters.admin'), audienceOptions(actor, locale)]);
  return (
    <div>
      <p className="mb-4"><Link href="/admin/newsletters" className="text-brand-700 underline">{t('detail.back')}</Link></p>
      <NewsletterForm
        options={options}
        defaultValues={{ subject: { fi: '', sv: '', en: '' }, body: { fi: '', sv: '', en: '' }, audience: options.spaces.length > 0 ? 'SPACE_FOLLOWERS' : 'AREA_FOLLOWERS', targetId: '' }}
        listHref="/admin/newsletters"
      />
    </div>
  );
}
