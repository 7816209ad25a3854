import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { Link } from '@/lib/i18n/navigation';
import { loadSpaceAdminPage } from '@/lib/spaces/admin-page';
import { activatePhaseAction, deactivatePhaseAction, deletePhaseAction, movePhaseAction } from '@/lib/spaces/actions';
import { canUpdateSpace } from '@/lib/spaces/permissions';
import { ActionButton } from '@/components/spaces/action-button';
import { formatDateRange } from '@/components/spaces/date-range';
import { PhaseForm } from '@/components/spaces/phase-form';
import { SpaceAdminHeader } from '@/components/spaces/space-admin-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('spaces.phases');
  return { title: t('heading') };
}

type Props = { params: Promise<{ locale: string; spaceId: string }> };

export default async function SpacePhasesAdminPage({ params }: Props) {
  const { locale: rawLocale, spaceId } = await params;
  const { actor, locale, space } = await loadSpaceAdminPage(rawLocale, spaceId, '/phases');
  if (space.kind !== 'PROCESS') notFound();
  const canEdit = canUpdateSpace(actor, space);
  const t = await getTranslations('spaces');
  const phases = await Promise.all(
    space.phases.map(async (phase) => ({ ...phase, dates: await formatDateRange(phase.startDate, phase.endDate) })),
  );
  const last = phases.length - 1;

  return (
    <div>
      <SpaceAdminHeader space={space} locale={locale} current="phases" />

      <section aria-labelledby="phases-heading" className="max-w-3xl">
        <h2 id="phases-heading" className="text-xl font-bold">
          {t('phases.heading')}
        </h2>
        <p className="mt-2">{t('phases.intro')}</p>
        {!canEdit && <p className="mt-2 rounded border-2 border-brand-700 bg-brand-50 px-4 py-3">{t('admin.readOnly')}</p>}

        {phases.length === 0 ? (
          <p className="mt-4">{t('phases.empty')}</p>
        ) : (
          <ol aria-label={t('phases.listLabel')} className="mt-4 space-y-3">
            {phases.map((phase, index) => {
              const title = localize(phase.title, locale);
              return (
                <li
                  key={phase.id}
                  className={`rounded p-4 ${phase.isActive ? 'border-4 border-brand-700 bg-brand-50' : 'border border-gray-400'}`}
                >
                  <h3 className="text-lg font-bold">
                    <span className="text-muted">{t('phases.number', { number: index + 1 })}: </span>
                    <span lang={localizedLang(phase.title, locale)}>{title}</span>
                  </h3>
                  {phase.isActive && (
                    <p className="mt-1">
                      <strong className="inline-block rounded bg-brand-700 px-2 py-0.5 text-sm text-white">{t('status.active')}</strong>
                    </p>
                  )}
                  <p className="mt-1 text-muted">{phase.dates ?? t('phases.noDates')}</p>
                  {canEdit && (
                    <div role="group" aria-label={t('phases.actionsLabel', { title })} className="mt-3 flex flex-wrap items-start gap-2">
                      <ActionButton action={movePhaseAction.bind(null, space.id, phase.id, 'up')} disabled={index === 0}>
                        {t('phases.moveUp')}
                      </ActionButton>
                      <ActionButton action={movePhaseAction.bind(null, space.id, phase.id, 'down')} disabled={index === last}>
                        {t('phases.moveDown')}
                      </ActionButton>
                      {phase.isActive ? (
                        <ActionButton action={deactivatePhaseAction.bind(null, space.id, phase.id)}>{t('phases.deactivate')}</ActionButton>
                      ) : (
                        <ActionButton action={activatePhaseAction.bind(null, space.id, phase.id)} variant="primary">
                          {t('phases.activate')}
                        </ActionButton>
                      )}
                      <Link
                        href={`/admin/spaces/${space.id}/phases/${phase.id}`}
                        className="rounded border-2 border-brand-700 px-3 py-1.5 font-semibold text-brand-800 underline hover:bg-brand-50"
                      >
                        {t('phases.edit')}
                      </Link>
                      <ActionButton
                        action={deletePhaseAction.bind(null, space.id, phase.id)}
                        variant="danger"
                        confirmMessage={t('phases.confirmDelete', { title })}
                      >
                        {t('phases.delete')}
                      </ActionButton>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {canEdit && (
        <div className="mt-10 border-t-2 border-gray-300 pt-6">
          <PhaseForm spaceId={space.id} />
        </div>
      )}
    </div>
  );
}
