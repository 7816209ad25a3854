import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { loadSpaceAdminPage } from '@/lib/spaces/admin-page';
import { findAreaOptions, type SpaceForAdmin } from '@/lib/spaces/admin-queries';
import { deleteSpaceAction, publishSpaceAction, setSpacePrivacyAction, unpublishSpaceAction } from '@/lib/spaces/actions';
import { toDateInputValue, toLocalizedFormValue } from '@/lib/spaces/form-values';
import { canDeleteSpace, canPublishSpace, canUpdateSpace } from '@/lib/spaces/permissions';
import { ActionButton } from '@/components/spaces/action-button';
import { formatDateRange } from '@/components/spaces/date-range';
import { SpaceAdminHeader } from '@/components/spaces/space-admin-header';
import { EditSpaceForm } from '@/components/spaces/space-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('spaces.admin.details');
  return { title: t('title') };
}

type Props = { params: Promise<{ locale: string; spaceId: string }> };

export default async function SpaceDetailsAdminPage({ params }: Props) {
  const { locale: rawLocale, spaceId } = await params;
  const { actor, locale, space } = await loadSpaceAdminPage(rawLocale, spaceId);
  const canEdit = canUpdateSpace(actor, space);
  const canPublish = canPublishSpace(actor, space);
  const canDelete = canDeleteSpace(actor, space);
  const [t, format] = await Promise.all([getTranslations('spaces'), getFormatter()]);
  const title = localize(space.title, locale);

  return (
    <div>
      <SpaceAdminHeader space={space} locale={locale} current="details" />

      {canEdit ? (
        <EditSpaceForm
          spaceId={space.id}
          kind={space.kind}
          areas={(await findAreaOptions(actor.organizationId)).map((a) => ({
            id: a.id,
            label: localize(a.name, locale),
            lang: localizedLang(a.name, locale),
          }))}
          imageHosts={env().IMAGE_HOSTS}
          defaultValues={{
            kind: space.kind,
            slug: space.slug,
            title: toLocalizedFormValue(space.title),
            subtitle: toLocalizedFormValue(space.subtitle),
            description: toLocalizedFormValue(space.description),
            heroImageUrl: space.heroImageUrl ?? '',
            heroImageAlt: toLocalizedFormValue(space.heroImageAlt),
            assemblyType: space.assemblyType ?? '',
            startDate: toDateInputValue(space.startDate),
            endDate: toDateInputValue(space.endDate),
            areaIds: space.areas.map((a) => a.area.id),
          }}
        />
      ) : (
        <ReadOnlyDetails space={space} locale={locale} />
      )}

      <section aria-labelledby="space-publication" className="mt-10 max-w-3xl border-t-2 border-gray-300 pt-6">
        <h2 id="space-publication" className="text-xl font-bold">
          {t('admin.publication.heading')}
        </h2>
        <p className="mt-2">
          {space.isPublished && space.publishedAt
            ? t('admin.publication.isPublished', { date: format.dateTime(space.publishedAt, 'long') })
            : t('admin.publication.isDraft')}
        </p>
        <p className="mt-1">{space.isPrivate ? t('admin.publication.isPrivate') : t('admin.publication.isPublic')}</p>
        {canPublish ? (
          <div className="mt-4 flex flex-wrap gap-3">
            {space.isPublished ? (
              <ActionButton action={unpublishSpaceAction.bind(null, space.id)} successMessage={t('admin.publication.unpublished')}>
                {t('admin.publication.unpublish')}
              </ActionButton>
            ) : (
              <ActionButton action={publishSpaceAction.bind(null, space.id)} variant="primary" successMessage={t('admin.publication.published')}>
                {t('admin.publication.publish')}
              </ActionButton>
            )}
            <ActionButton
              action={setSpacePrivacyAction.bind(null, space.id, { isPrivate: !space.isPrivate })}
              successMessage={t('admin.publication.privacyChanged')}
            >
              {space.isPrivate ? t('admin.publication.makePublic') : t('admin.publication.makePrivate')}
            </ActionButton>
          </div>
        ) : (
          <p className="mt-2 text-muted">{t('admin.publication.onlyAdmins')}</p>
        )}
        {space.isPublished && (
          <p className="mt-4">
            <Link href={`/spaces/${space.slug}`} className="font-semibold text-brand-700 underline">
              {t('admin.viewPublic')}
            </Link>
          </p>
        )}
      </section>

      {canDelete && (
        <section aria-labelledby="space-delete" className="mt-10 max-w-3xl border-t-2 border-gray-300 pt-6">
          <h2 id="space-delete" className="text-xl font-bold">
            {t('admin.delete.heading')}
          </h2>
          <p className="mt-2">{t('admin.delete.warning')}</p>
          <div className="mt-4">
            <ActionButton
              action={deleteSpaceAction.bind(null, space.id)}
              variant="danger"
              confirmMessage={t('admin.delete.confirm', { title })}
              redirectTo="/admin/spaces"
            >
              {t('admin.delete.button')}
            </ActionButton>
          </div>
        </section>
      )}
    </div>
  );
}

/** What evaluators and moderators see instead of the form. */
async function ReadOnlyDetails({ space, locale }: { space: SpaceForAdmin; locale: Locale }) {
  const t = await getTranslations('spaces');
  const none = t('admin.details.none');
  const dates = await formatDateRange(space.startDate, space.endDate);
  const subtitle = localize(space.subtitle, locale);
  const row = 'border-b border-gray-300 py-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4';
  return (
    <section aria-labelledby="space-details" className="max-w-3xl">
      <h2 id="space-details" className="text-xl font-bold">
        {t('admin.details.title')}
      </h2>
      <p className="mt-2 rounded border-2 border-brand-700 bg-brand-50 px-4 py-3">{t('admin.readOnly')}</p>
      <dl className="mt-4">
        <div className={row}>
          <dt className="font-semibold">{t('admin.details.slug')}</dt>
          <dd>{space.slug}</dd>
        </div>
        {space.assemblyType && (
          <div className={row}>
            <dt className="font-semibold">{t('admin.details.assemblyType')}</dt>
            <dd>{t(`assemblyType.${space.assemblyType}`)}</dd>
          </div>
        )}
        <div className={row}>
          <dt className="font-semibold">{t('admin.details.subtitle')}</dt>
          <dd lang={subtitle ? localizedLang(space.subtitle, locale) : undefined}>{subtitle || none}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t('admin.details.description')}</dt>
          <dd className="whitespace-pre-line" lang={localizedLang(space.description, locale)}>
            {localize(space.description, locale)}
          </dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t('admin.details.dates')}</dt>
          <dd>{dates ?? none}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t('admin.details.areas')}</dt>
          <dd>
            {space.areas.length === 0
              ? t('admin.details.noAreas')
              : space.areas.map((a) => localize(a.area.name, locale)).join(', ')}
          </dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t('admin.details.heroImage')}</dt>
          <dd className="break-all">{space.heroImageUrl ?? t('admin.details.noImage')}</dd>
        </div>
      </dl>
    </section>
  );
}
