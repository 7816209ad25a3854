import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/core/page-guards';
import { canManageOrganization } from '@/lib/admin/permissions';
import { getOrganizationSettings } from '@/lib/organization/queries';
import { supportedTimeZones } from '@/lib/organization/schema';
import { OrganizationForm } from '@/components/organization/organization-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('organization');
  return { title: t('title') };
}

export default async function OrganizationSettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, '/admin/organization', canManageOrganization);
  const [t, format, settings] = await Promise.all([
    getTranslations('organization'),
    getFormatter(),
    getOrganizationSettings(actor.organizationId),
  ]);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-2xl text-lg">{t('intro')}</p>
      <p className="mt-2 text-sm text-muted">
        {t('lastUpdated', { date: format.dateTime(settings.updatedAt, 'dateTime') })}
      </p>
      <div className="mt-8">
        <OrganizationForm defaultValues={settings.values} timeZones={supportedTimeZones()} />
      </div>
    </div>
  );
}
