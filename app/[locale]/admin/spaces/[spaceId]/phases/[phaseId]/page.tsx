import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { Link } from '@/lib/i18n/navigation';
import { loadSpaceAdminPage } from '@/lib/spaces/admin-page';
import { toDateInputValue, toLocalizedFormValue } from '@/lib/spaces/form-values';
import { canUpdateSpace } from '@/lib/spaces/permissions';
import { formatDateRange } from '@/components/spaces/date-range';
import { PhaseForm } from '@/components/spaces/phase-form';
import { SpaceAdminHeader } from '@/components/spaces/space-admin-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('spaces.phases');
  return { title: t('editTitle') };
}

type Props = { params: Promise<{ locale: string; spaceId: string; phaseId: string }> };

export default async function EditPhasePage({ params }: Props) {
  const { locale: rawLocale, spaceId, phaseId } = await params;
  const { actor, locale, space } = await loadSpaceAdminPage(rawLocale, spaceId, `/phases/${encodeURIComponent(phaseId)}`);
  const phase = space.kind === 'PROCESS' ? space.phases.find((p) => p.id === phaseId) : undefined;
  if (!phase) notFound();
  const t = await getTranslations('spaces');

  return (
    <div>
      <SpaceAdminHeader space={space} locale={locale} current="phases" />
      <p className="mb-4">
        <Link href={`/admin/spaces/${space.id}/phases`} className="font-medium text-brand-700 underline">
          {t('phases.backToPhases')}
        </Link>
      </p>
      {canUpdateSpace(actor, space) ? (
        <PhaseForm
          spaceId={space.id}
          phaseId={phase.id}
          defaultValues={{
            title: toLocalizedFormValue(phase.title),
            description: toLocalizedFormValue(phase.description),
            startDate: toDateInputValue(phase.startDate),
            endDate: toDateInputValue(phase.endDate),
          }}
        />
      ) : (
        <section aria-labelledby="phase-heading" className="max-w-3xl">
          <h2 id="phase-heading" className="text-xl font-bold" lang={localizedLang(phase.title, locale)}>
            {localize(phase.title, locale)}
          </h2>
          <p className="mt-2 rounded border-2 border-brand-700 bg-brand-50 px-4 py-3">{t('admin.readOnly')}</p>
          <p className="mt-2 text-muted">{(await formatDateRange(phase.startDate, phase.endDate)) ?? t('phases.noDates')}</p>
          {localize(phase.description, locale) && (
            <p className="mt-2 whitespace-pre-line" lang={localizedLang(phase.description, locale)}>
              {localize(phase.description, locale)}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
