import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { adminIdeasPath, publicIdeasPath, REVIEW_QUEUE_PATH, reviewIdeaPath } from '@/lib/ideas/paths';
import { findCustomStates, findSpaceAreas, findThemes } from '@/lib/ideas/queries';
import { ADMIN_PAGE_SIZE, findIdeasForAdmin, findSpaceEvaluators } from '@/lib/ideas/review-queries';
import type { IdeasPhaseSettings, IdeasSettings } from '@/lib/ideas/settings';
import { IDEA_BASE_STATES, isIdeaBaseState } from '@/lib/ideas/states';
import { IdeaStateBadge, stateLook } from './state-badge';
import { CustomStateForm, RemoveSetupItem, ThemeForm } from './setup-forms';
import { TransitionGraph } from './review/transition-graph';
import { IdeaStatisticsView, IdeaSummaryView } from './statistics-view';

type Context = ComponentContext<IdeasSettings, IdeasPhaseSettings>;

export const SETUP_SEGMENT = 'asetukset';
export const STATISTICS_SEGMENT = 'tilastot';
export const SUMMARY_SEGMENT = 'yhteenveto';

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The officials' side of an Ideas component: every published idea in a table with its state, area, supports, channel
 * and assigned evaluators, filtered by state, area, evaluator or "unassigned" (path []); the component's themes,
 * custom states and transition graph (['asetukset']). One idea's review is at /admin/ideas/<id>.
 */
export async function IdeasAdminView(context: Context) {
  if (context.path.length === 0) return <IdeasTable {...context} />;
  if (context.path.length === 1 && context.path[0] === SETUP_SEGMENT) return <IdeasSetup {...context} />;
  if (context.path.length === 1 && context.path[0] === STATISTICS_SEGMENT) return <IdeaStatisticsView {...context} />;
  if (context.path.length === 1 && context.path[0] === SUMMARY_SEGMENT) return <IdeaSummaryView {...context} />;
  notFound();
}

async function IdeasTable({ component, space, locale, searchParams }: Context) {
  const [t, tIdeas, format] = await Promise.all([getTranslations({ locale, namespace: 'ideas.admin' }), getTranslations({ locale, namespace: 'ideas' }), getFormatter({ locale })]);
  const [areas, evaluators] = await Promise.all([findSpaceAreas(space.id), findSpaceEvaluators(space.id)]);
  const stateParam = one(searchParams.tila);
  const areaParam = one(searchParams.alue);
  const evaluatorParam = one(searchParams.arvioija);
  const pageParam = Number(one(searchParams.sivu));
  const filters = {
    state: isIdeaBaseState(stateParam) ? stateParam : null,
    areaId: areas.find((a) => a.id === areaParam)?.id ?? null,
    evaluatorId: evaluators.find((e) => e.id === evaluatorParam)?.id ?? null,
    unassigned: evaluatorParam === 'ei',
    page: Number.isInteger(pageParam) && pageParam >= 1 && pageParam <= 10_000 ? pageParam : 1,
  };
  const { total, ideas } = await findIdeasForAdmin(component.id, filters);
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const base = adminIdeasPath(space.id, component.id);
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    if (filters.state) q.set('tila', filters.state);
    if (filters.areaId) q.set('alue', filters.areaId);
    if (filters.evaluatorId) q.set('arvioija', filters.evaluatorId);
    if (filters.unassigned) q.set('arvioija', 'ei');
    if (page > 1) q.set('sivu', String(page));
    return q.size ? `${base}?${q}` : base;
  };
  const select = 'rounded border border-gray-500 bg-white px-2 py-1';
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold" lang={localizedLang(component.name, locale)}>{localize(component.name, locale)}</h1>
      <ul className="flex flex-wrap gap-4">
        <li><Link href={`${REVIEW_QUEUE_PATH}/in-person/${component.id}`} className="font-semibold text-brand-700 underline">{t('enterInPerson')}</Link></li>
        <li><Link href={adminIdeasPath(space.id, component.id, SETUP_SEGMENT)} className="font-semibold text-brand-700 underline">{t('setup')}</Link></li>
        <li><Link href={adminIdeasPath(space.id, component.id, STATISTICS_SEGMENT)} className="font-semibold text-brand-700 underline">{t('statistics')}</Link></li>
        <li><Link href={adminIdeasPath(space.id, component.id, SUMMARY_SEGMENT)} className="font-semibold text-brand-700 underline">{t('summary')}</Link></li>
        <li><Link href={publicIdeasPath(space.slug, component.id)} className="font-semibold text-brand-700 underline">{t('publicList')}</Link></li>
      </ul>
      <section aria-labelledby="idea-exports" className="rounded border border-gray-300 p-3">
        <h2 id="idea-exports" className="font-bold">{t('exports')}</h2>
        <ul className="mt-1 flex flex-wrap gap-4">
          {(['ideat', 'kommentit', 'kannatukset'] as const).map((file) => (
            <li key={file}>
              <a href={`/api/components/${component.id}/ideas/export/${file}.csv`} className="text-brand-700 underline" download>
                {t(file === 'ideat' ? 'exportIdeas' : file === 'kommentit' ? 'exportComments' : 'exportSupports')}
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-sm">{t('exportsHint')}</p>
      </section>
      <form method="get" action={`/${locale}${base}`} aria-label={t('filters')} className="flex flex-wrap items-end gap-3 rounded border border-gray-300 p-3">
        <div className="flex flex-col">
          <label htmlFor="admin-idea-state" className="text-sm font-semibold">{t('state')}</label>
          <select id="admin-idea-state" name="tila" defaultValue={filters.state ?? ''} className={select}>
            <option value="">{t('allStates')}</option>
            {IDEA_BASE_STATES.map((s) => <option key={s} value={s}>{tIdeas(`states.${s}`)}</option>)}
          </select>
        </div>
        {areas.length > 1 && (
          <div className="flex flex-col">
            <label htmlFor="admin-idea-area" className="text-sm font-semibold">{t('area')}</label>
            <select id="admin-idea-area" name="alue" defaultValue={filters.areaId ?? ''} className={select}>
              <option value="">{t('allAreas')}</option>
              {areas.map((a) => <option key={a.id} value={a.id}>{localize(a.name, locale)}</option>)}
            </select>
          </div>
        )}
        <div className="flex flex-col">
          <label htmlFor="admin-idea-evaluator" className="text-sm font-semibold">{t('evaluator')}</label>
          <select id="admin-idea-evaluator" name="arvioija" defaultValue={filters.unassigned ? 'ei' : (filters.evaluatorId ?? '')} className={select}>
            <option value="">{t('anyEvaluator')}</option>
            <option value="ei">{t('unassigned')}</option>
            {evaluators.map((e) => <option key={e.id} value={e.id}>{e.displayName}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white">{t('apply')}</button>
      </form>
      <p role="status">{t('count', { count: total })}</p>
      {ideas.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('tableCaption')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-2 pr-4">{t('idea')}</th>
                <th scope="col" className="py-2 pr-4">{t('state')}</th>
                <th scope="col" className="py-2 pr-4">{t('area')}</th>
                <th scope="col" className="py-2 pr-4">{t('supports')}</th>
                <th scope="col" className="py-2 pr-4">{t('channel')}</th>
                <th scope="col" className="py-2 pr-4">{t('evaluators')}</th>
                <th scope="col" className="py-2 pr-4">{t('published')}</th>
              </tr>
            </thead>
            <tbody>
              {ideas.map((idea) => (
                <tr key={idea.id} className="border-b border-gray-300 align-top">
                  <td className="py-2 pr-4">
                    <Link href={reviewIdeaPath(idea.id)} className="font-semibold text-brand-700 underline">{idea.title}</Link>
                    {idea.moderationState !== 'VISIBLE' && <span className="ml-2 text-sm text-danger">({t(`moderation.${idea.moderationState}`)})</span>}
                  </td>
                  <td className="py-2 pr-4"><IdeaStateBadge look={stateLook(tIdeas, idea.state, idea.customState, locale)} /></td>
                  <td className="py-2 pr-4">{localize(idea.area.name, locale)}</td>
                  <td className="py-2 pr-4">{idea.supportCount}</td>
                  <td className="py-2 pr-4">{tIdeas(`channels.${idea.channel}`)}</td>
                  <td className="py-2 pr-4">
                    {idea.assignments.length === 0
                      ? t('unassigned')
                      : idea.assignments.map((a) => `${a.evaluator.displayName}${a.dueDate ? ` (${format.dateTime(a.dueDate, 'short')})` : ''}`).join(', ')}
                  </td>
                  <td className="py-2 pr-4">{idea.publishedAt ? format.dateTime(idea.publishedAt, 'short') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t('pagination')} className="flex gap-4">
          {filters.page > 1 && <Link href={pageHref(filters.page - 1)} className="text-brand-700 underline">{t('previous')}</Link>}
          <span>{t('pageOf', { page: filters.page, pages })}</span>
          {filters.page < pages && <Link href={pageHref(filters.page + 1)} className="text-brand-700 underline">{t('next')}</Link>}
        </nav>
      )}
    </div>
  );
}

async function IdeasSetup({ component, space, locale }: Context) {
  const [t, tIdeas, themes, customStates] = await Promise.all([
    getTranslations({ locale, namespace: 'ideas.setup' }),
    getTranslations({ locale, namespace: 'ideas' }),
    findThemes(component.id),
    findCustomStates(component.id),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <p><Link href={adminIdeasPath(space.id, component.id)} className="text-brand-700 underline">{t('back')}</Link></p>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <section aria-labelledby="themes">
        <h2 id="themes" className="text-2xl font-bold">{t('themes')}</h2>
        <p className="mt-1 text-sm">{t('themesIntro')}</p>
        {themes.length === 0 ? <p className="mt-2">{t('noThemes')}</p> : (
          <ul className="mt-2 flex flex-col gap-1">
            {themes.map((th) => (
              <li key={th.id} className="flex flex-wrap items-center gap-3">
                <span lang={localizedLang(th.name, locale)}>{localize(th.name, locale)}</span>
                <RemoveSetupItem componentId={component.id} itemId={th.id} kind="theme" name={localize(th.name, locale)} label={t('remove')} confirm={t('removeThemeConfirm')} />
              </li>
            ))}
          </ul>
        )}
        <ThemeForm componentId={component.id} />
      </section>
      <section aria-labelledby="custom-states">
        <h2 id="custom-states" className="text-2xl font-bold">{t('states')}</h2>
        <p className="mt-1 text-sm">{t('statesIntro')}</p>
        {customStates.length === 0 ? <p className="mt-2">{t('noStates')}</p> : (
          <ul className="mt-2 flex flex-col gap-1">
            {customStates.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3">
                <IdeaStateBadge look={stateLook(tIdeas, s.baseState, s, locale)} />
                <span className="text-sm">{t('basedOn', { state: tIdeas(`states.${s.baseState}`) })}</span>
                <RemoveSetupItem componentId={component.id} itemId={s.id} kind="state" name={localize(s.label, locale)} label={t('remove')} confirm={t('removeStateConfirm')} />
              </li>
            ))}
          </ul>
        )}
        <CustomStateForm componentId={component.id} />
      </section>
      <TransitionGraph locale={locale} />
    </div>
  );
}
