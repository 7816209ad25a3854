import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { asLocalizedText, localize, localizedLang } from '@/lib/core/localized-text';
import { getComponentDefinition, readPhaseSettings, readSettings } from '@/lib/core/components/registry';
import { isComponentKind } from '@/lib/core/components/kinds';
import { loadSpaceAdminPage } from '@/lib/spaces/admin-page';
import { canManageComponents } from '@/lib/spaces/permissions';
import { countComponentResources } from '@/lib/components/archive-queries';
import { getComponentForAdmin } from '@/lib/components/queries';
import { buildSettingsFormModel } from '@/lib/components/settings-form-model';
import { SpaceAdminTabs } from '@/components/admin/space-admin-tabs';
import { ComponentNameForm } from '@/components/admin/component-name-form';
import { ComponentSettingsForm } from '@/components/admin/component-settings-form';
import { ComponentActionSettingsForm } from '@/components/admin/component-action-settings-form';
import { readActionSettings } from '@/lib/core/components/action-availability';
import {
  ComponentArchiveButton,
  ComponentDeleteButton,
  ComponentPublishButton,
  ComponentRestoreButton,
} from '@/components/admin/component-controls';

type Props = { params: Promise<{ locale: string; spaceId: string; componentId: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('components.admin.detail');
  return { title: t('metaTitle') };
}

/** One component: name, settings, settings per phase, publication, archiving and (when empty) deletion. */
export default async function ComponentSettingsPage({ params }: Props) {
  const { locale: rawLocale, spaceId, componentId } = await params;
  const { actor, locale, space } = await loadSpaceAdminPage(rawLocale, spaceId, `/components/${encodeURIComponent(componentId)}`);
  if (!canManageComponents(actor, space)) forbidden();
  const found = await getComponentForAdmin(actor.organizationId, componentId);
  if (!found || found.component.spaceId !== space.id) notFound();
  const { component } = found;
  const [t, format] = await Promise.all([getTranslations('components'), getFormatter()]);
  const definition = getComponentDefinition(component.kind);
  const name = localize(component.name, locale);
  const nameText = asLocalizedText(component.name);
  const base = `/admin/spaces/${space.id}/components`;
  const archived = component.archivedAt !== null;
  const resourceCount = await countComponentResources(component.kind, component.id);

  return (
    <div>
      <SpaceAdminTabs space={space} current="components" />
      <p className="mb-2">
        <Link href={base} className="font-medium text-brand-700 underline">
          {t('admin.detail.backToList')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold" lang={localizedLang(component.name, locale)}>
        {name}
      </h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('admin.detail.kind')}</dt>
        <dd>{isComponentKind(component.kind) ? t(`${component.kind}.name`) : t('admin.list.unknownKind', { kind: component.kind })}</dd>
        <dt className="font-semibold">{t('admin.detail.status')}</dt>
        <dd>
          {component.archivedAt ? (
            t('admin.detail.archivedStatus', { date: format.dateTime(component.archivedAt, 'long') })
          ) : (
            <>
              {component.isPublished ? t('admin.list.published') : t('admin.list.draft')}
              {component.isPublished && component.publishedAt && <> ({format.dateTime(component.publishedAt, 'long')})</>}
            </>
          )}
        </dd>
      </dl>

      {archived ? (
        <p role="note" className="mt-6 rounded border-2 border-gray-600 bg-gray-100 px-4 py-3 font-medium">
          {t('admin.detail.archivedNote')}
        </p>
      ) : !definition ? (
        <p role="note" className="mt-6 rounded border-2 border-danger bg-red-50 px-4 py-3 font-medium">
          {t('admin.detail.unknownKind', { kind: component.kind })}
        </p>
      ) : (
        <>
          <p className="mt-4 flex flex-wrap gap-4">
            <Link href={`${base}/${component.id}/manage`} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t('admin.detail.manage')}
            </Link>
            <Link href={`/spaces/${space.slug}/c/${component.id}`} className="px-1 py-2 text-brand-700 underline">
              {component.isPublished && space.isPublished ? t('admin.detail.viewPublic') : t('admin.detail.preview')}
            </Link>
          </p>

          <section aria-labelledby="publish-heading" className="mt-10">
            <h2 id="publish-heading" className="text-2xl font-bold">
              {t('admin.detail.publishTitle')}
            </h2>
            <p className="mt-2 mb-3">{component.isPublished ? t('admin.detail.publishedText') : t('admin.detail.unpublishedText')}</p>
            <ComponentPublishButton componentId={component.id} name={name} isPublished={component.isPublished} />
          </section>

          <div className="mt-10">
            <ComponentNameForm componentId={component.id} defaultValues={{ name: { fi: nameText.fi ?? '', sv: nameText.sv ?? '', en: nameText.en ?? '' } }} />
          </div>

          <div className="mt-10">
            {definition.settingsFields.length > 0 ? (
              <ComponentSettingsForm
                componentId={component.id}
                title={t('admin.detail.settingsTitle')}
                {...buildSettingsFormModel({
                  kind: component.kind,
                  scope: 'settings',
                  fields: definition.settingsFields,
                  schema: definition.settingsSchema,
                  values: readSettings(definition, component.settings),
                })}
              />
            ) : (
              <>
                <h2 className="text-2xl font-bold">{t('admin.detail.settingsTitle')}</h2>
                <p className="mt-2">{t('admin.detail.noSettings')}</p>
              </>
            )}
          </div>

          {Object.keys(definition.actions).length > 0 && (
            <div className="mt-10">
              <ComponentActionSettingsForm
                componentId={component.id}
                actions={Object.keys(definition.actions).map((name) => ({ name, label: t(`actions.${name}.label`) }))}
                groups={
                  space.phases.length === 0
                    ? [{ key: null, legend: t('admin.detail.actionsAlways') }]
                    : space.phases.map((phase, index) => ({
                        key: phase.id,
                        legend: `${t('admin.detail.phaseTitle', { number: index + 1, title: localize(phase.title, locale) })}${phase.isActive ? ` ${t('admin.detail.activePhase')}` : ''}`,
                      }))
                }
                defaultValues={(() => {
                  const stored = readActionSettings(component.actionSettings);
                  const all = (on: Record<string, boolean> | undefined) =>
                    Object.fromEntries(Object.keys(definition.actions).map((name) => [name, on?.[name] === true]));
                  return { always: all(stored.always), phases: Object.fromEntries(space.phases.map((p) => [p.id, all(stored.phases[p.id])])) };
                })()}
              />
            </div>
          )}

          <section aria-labelledby="phase-settings-heading" className="mt-10">
            <h2 id="phase-settings-heading" className="text-2xl font-bold">
              {t('admin.detail.phaseSettingsTitle')}
            </h2>
            {definition.phaseSettingsFields.length === 0 ? (
              <p className="mt-2">{t('admin.detail.noPhaseSettings')}</p>
            ) : space.phases.length === 0 ? (
              <p className="mt-2">{t('admin.detail.noPhases')}</p>
            ) : (
              <>
                <p className="mt-2 mb-4">{t('admin.detail.phaseSettingsIntro')}</p>
                <ul className="space-y-6">
                  {space.phases.map((phase, index) => (
                    <li key={phase.id} className="rounded border border-gray-300 p-4">
                      <ComponentSettingsForm
                        componentId={component.id}
                        phaseId={phase.id}
                        headingLevel={3}
                        title={`${t('admin.detail.phaseTitle', { number: index + 1, title: localize(phase.title, locale) })}${phase.isActive ? ` ${t('admin.detail.activePhase')}` : ''}`}
                        {...buildSettingsFormModel({
                          kind: component.kind,
                          scope: 'phaseSettings',
                          fields: definition.phaseSettingsFields,
                          schema: definition.phaseSettingsSchema,
                          values: readPhaseSettings(definition, component.phaseSettings, phase.id),
                        })}
                      />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}

      <section aria-labelledby="archive-heading" className="mt-12 rounded border-2 border-danger p-4">
        <h2 id="archive-heading" className="text-2xl font-bold">
          {t('admin.detail.archiveTitle')}
        </h2>
        {archived ? (
          <>
            <p className="mt-2 mb-3">{t('admin.detail.restoreText')}</p>
            <ComponentRestoreButton componentId={component.id} name={name} />
          </>
        ) : (
          <>
            <p className="mt-2 mb-3">{t('admin.detail.archiveText')}</p>
            <ComponentArchiveButton componentId={component.id} spaceId={space.id} name={name} />
          </>
        )}
        <h3 className="mt-6 text-xl font-bold">{t('admin.detail.deleteTitle')}</h3>
        <p className="mt-2 mb-3">{t('admin.detail.deleteWarning')}</p>
        {resourceCount === 0 ? (
          <ComponentDeleteButton componentId={component.id} spaceId={space.id} name={name} />
        ) : (
          <p>{t('admin.detail.deleteNotEmpty')}</p>
        )}
      </section>
    </div>
  );
}
