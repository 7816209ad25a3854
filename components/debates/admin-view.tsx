import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import { asLocalizedText, localize, localizedLang } from '@/lib/core/localized-text';
import { type AdminDebate, findDebatesForAdmin, findSpaceAreas, getDebateForAdmin } from '@/lib/debates/queries';
import { adminDebatesPath, publicDebatesPath } from '@/lib/debates/paths';
import type { OfficialDebateFormValues } from '@/lib/debates/schema';
import type { DebatesPhaseSettings, DebatesSettings } from '@/lib/debates/settings';
import { ConclusionForm } from './conclusion-form';
import { DebateRowActions } from './debate-row-actions';
import { OfficialDebateForm } from './official-debate-form';

function texts(value: unknown) {
  const t = asLocalizedText(value);
  return { fi: t.fi ?? '', sv: t.sv ?? '', en: t.en ?? '' };
}

/** A resident's debate holds one language, which may not be Finnish: the form's required Finnish field gets it. */
function formTexts(value: unknown) {
  const t = texts(value);
  return t.fi ? t : { ...t, fi: t.sv || t.en };
}

function formValues(debate: AdminDebate | null, defaultAreaIds: string[]): OfficialDebateFormValues {
  return {
    title: formTexts(debate?.title),
    description: formTexts(debate?.description),
    areaIds: debate ? debate.areas.map((a) => a.areaId) : defaultAreaIds,
  };
}

/**
 * The admin side of a Debates component: the list of every debate with its state (path []), a new debate (['new']),
 * editing one (['edit', id]) and closing one with its conclusion (['close', id]). The route has already checked the
 * kind's `manage` permission; every action checks it again.
 */
export async function DebatesAdminView({ component, space, locale, path }: ComponentContext<DebatesSettings, DebatesPhaseSettings>) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'debates.admin' }), getFormatter({ locale })]);
  const listHref = adminDebatesPath(space.id, component.id);
  const componentName = localize(component.name, locale);
  const back = (
    <p className="mt-6">
      <Link href={listHref} className="text-brand-700 underline">
        {t('backToList')}
      </Link>
    </p>
  );

  if ((path.length === 1 && path[0] === 'new') || (path.length === 2 && path[0] === 'edit')) {
    const [areas, debate] = await Promise.all([findSpaceAreas(space.id), path[0] === 'edit' ? getDebateForAdmin(component.id, path[1]!) : Promise.resolve(null)]);
    if (path[0] === 'edit' && !debate) notFound();
    return (
      <div>
        <h1 className="mb-6 text-3xl font-bold">
          {debate ? (
            <>
              {t('editHeading')}: <span lang={localizedLang(debate.title, locale)}>{localize(debate.title, locale)}</span>
            </>
          ) : (
            t('newHeading', { component: componentName })
          )}
        </h1>
        {debate && !debate.isOfficial && <p className="mb-4 max-w-3xl">{t('residentDebateNote')}</p>}
        <OfficialDebateForm
          componentId={component.id}
          debateId={debate?.id}
          defaultValues={formValues(debate, areas.map((a) => a.id))}
          areas={areas.map((a) => ({ id: a.id, name: localize(a.name, locale), lang: localizedLang(a.name, locale) }))}
          listHref={listHref}
          plainTextNote={!!debate && !debate.isOfficial}
        />
        {back}
      </div>
    );
  }

  if (path.length === 2 && path[0] === 'close') {
    const debate = await getDebateForAdmin(component.id, path[1]!);
    if (!debate) notFound();
    return (
      <div>
        <h1 className="mb-2 text-3xl font-bold">
          {t('closeHeading')}: <span lang={localizedLang(debate.title, locale)}>{localize(debate.title, locale)}</span>
        </h1>
        {debate.closedAt ? (
          <p role="note" className="mt-4 rounded border-2 border-gray-600 bg-gray-100 px-4 py-3 font-medium">
            {t('alreadyClosed')}
          </p>
        ) : (
          <>
            <p className="mb-6 max-w-3xl">{t('closeIntro')}</p>
            <ConclusionForm componentId={component.id} debateId={debate.id} listHref={listHref} />
          </>
        )}
        {back}
      </div>
    );
  }

  if (path.length > 0) notFound();

  const debates = await findDebatesForAdmin(component.id);
  const published = component.isPublished && space.isPublished;
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">
        {t('listHeading')}: <span lang={localizedLang(component.name, locale)}>{componentName}</span>
      </h1>
      <p className="mb-6 max-w-3xl text-muted">{t('intro')}</p>
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href={adminDebatesPath(space.id, component.id, 'new')} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('newDebate')}
        </Link>
        {published && (
          <Link href={publicDebatesPath(space.slug, component.id)} className="px-1 py-2 text-brand-700 underline">
            {t('viewPublic')}
          </Link>
        )}
      </p>
      {debates.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-labelledby="debates-caption" tabIndex={0}>
          <table className="w-full border-collapse text-left">
            <caption id="debates-caption" className="mb-2 text-left text-lg font-bold">
              {t('tableCaption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-2 pr-4">{t('columns.title')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.author')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.state')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.comments')}</th>
                <th scope="col" className="py-2">{t('columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {debates.map((debate) => {
                const title = localize(debate.title, locale);
                return (
                  <tr key={debate.id} className="border-b border-gray-300 align-top">
                    <th scope="row" className="py-3 pr-4 font-semibold">
                      <Link href={adminDebatesPath(space.id, component.id, 'edit', debate.id)} className="break-words text-brand-700 underline" lang={localizedLang(debate.title, locale)}>
                        {title}
                      </Link>
                      <span className="block text-sm font-normal text-muted">
                        <time dateTime={debate.createdAt.toISOString()}>{format.dateTime(debate.createdAt, 'short')}</time>
                      </span>
                    </th>
                    <td className="py-3 pr-4">{debate.isOfficial ? t('official') : (debate.author?.displayName ?? t('deletedUser'))}</td>
                    <td className="py-3 pr-4">
                      {debate.closedAt ? t('states.closed', { date: format.dateTime(debate.closedAt, 'short') }) : t('states.open')}
                      {debate.moderationState !== 'VISIBLE' && (
                        <span className="block font-semibold">{t(`states.${debate.moderationState === 'PENDING' ? 'pending' : 'hidden'}`)}</span>
                      )}
                    </td>
                    <td className="py-3 pr-4">{debate.commentCount}</td>
                    <td className="py-3">
                      <div className="flex flex-wrap items-center gap-2">
                        {!debate.closedAt && (
                          <Link
                            href={adminDebatesPath(space.id, component.id, 'close', debate.id)}
                            aria-label={t('actions.closeNamed', { title })}
                            className="rounded border-2 border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50"
                          >
                            {t('actions.close')}
                          </Link>
                        )}
                        <DebateRowActions componentId={component.id} debateId={debate.id} title={title} closed={!!debate.closedAt} deletable={debate.commentCount === 0} />
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
