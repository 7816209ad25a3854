import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import type { ActionAvailability } from '@/lib/core/components/action-availability';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { CREATE_DEBATE_ACTION } from '@/lib/debates/availability';
import { canEditOwnDebate } from '@/lib/debates/permissions';
import { type DebateStateFilter, findListedDebates, findSpaceAreas, getDebateForPage, getOwnDebate } from '@/lib/debates/queries';
import {
  AREA_FILTER_PARAM,
  EDIT_OWN_DEBATE_SEGMENT,
  NEW_DEBATE_SEGMENT,
  publicDebatesPath,
  STATE_FILTER_PARAM,
  STATE_FILTER_VALUES,
} from '@/lib/debates/paths';
import { RESIDENT_DEBATE_DESCRIPTION_MAX, RESIDENT_DEBATE_TITLE_MAX, RESIDENT_DEBATE_TITLE_MIN } from '@/lib/debates/schema';
import type { DebatesPhaseSettings, DebatesSettings } from '@/lib/debates/settings';
import { getCurrentOrganization } from '@/lib/organization/current';
import { ActionNotice } from '@/components/component-views/action-notice';
import { ClientMessages } from '@/components/layout/client-messages';
import { CommentSection } from '@/components/comments/comment-section';
import { debateRef } from '@/lib/debates/resource';
import { DebateDetail, HiddenDebatePlaceholder } from './debate-detail';
import { DebateList } from './debate-list';
import { ResidentDebateForm } from './resident-debate-form';

type Context = ComponentContext<DebatesSettings, DebatesPhaseSettings>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function pageNumber(value: string | string[] | undefined): number {
  const n = Number(first(value));
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

function stateFilter(value: string | string[] | undefined): DebateStateFilter {
  const v = first(value);
  if (v === STATE_FILTER_VALUES.open) return 'open';
  if (v === STATE_FILTER_VALUES.closed) return 'closed';
  return 'all';
}

/** The list address with the given filters and page (defaults left out, so the plain list stays cacheable). */
function listHref(base: string, { state, area, page }: { state: DebateStateFilter; area: string | null; page?: number }): string {
  const query = new URLSearchParams();
  if (state !== 'all') query.set(STATE_FILTER_PARAM, STATE_FILTER_VALUES[state]);
  if (area) query.set(AREA_FILTER_PARAM, area);
  if (page && page > 1) query.set('sivu', String(page));
  const q = query.toString();
  return q ? `${base}?${q}` : base;
}

/**
 * Whether a resident could start a debate now: the component allows it and `create_debate` is switched on in the
 * active phase. Signing in is then the only thing missing for a visitor, so pages show both variants (the sign-in
 * notice to visitors, the form or link to the signed in) and stay the same HTML for every resident (ADR 021).
 */
function startOpenWhenSignedIn(settings: DebatesSettings, availability: ActionAvailability | undefined): boolean {
  return settings.allowResidentDebates && !!availability && (availability.available || availability.reason === 'signInRequired');
}

/** A visitor who is not signed in is told to sign in; a signed-in reader gets the children (ADR 021 variants). */
function SignedInOrNotice({ returnTo, children }: { returnTo: string; children: ReactNode }) {
  return (
    <>
      <div className="signed-out-only">
        <ActionNotice action={CREATE_DEBATE_ACTION} availability={{ available: false, reason: 'signInRequired' }} returnTo={returnTo} />
      </div>
      <div className="signed-in-only">{children}</div>
    </>
  );
}

/**
 * The public side of a Debates component: the list of public debates, newest first, a page at a time, filtered by
 * state (?tila=avoin|suljettu) and area (?alue=<slug>) (path []); one debate (path [debateId]); a resident's new
 * debate (['uusi']) and the author's edit of their own (['<debateId>', 'muokkaa']). Nothing in the server render
 * depends on who reads beyond visibility and signed-in/out variants (sharedWithResidents, ADR 021): the pages that do
 * (a pending debate, the edit form) are not found for a visitor, so they are always rendered per request.
 */
export async function DebatesPublicView(context: Context) {
  const { path } = context;
  if (path.length === 0) return <DebatesListPage {...context} />;
  if (path.length === 1 && path[0] === NEW_DEBATE_SEGMENT) return <NewDebatePage {...context} />;
  if (path.length === 1) return <DebatePage {...context} debateId={path[0]!} />;
  if (path.length === 2 && path[1] === EDIT_OWN_DEBATE_SEGMENT) return <EditOwnDebatePage {...context} debateId={path[0]!} />;
  notFound();
}

async function DebatesListPage({ component, space, settings, actions, actor, locale, searchParams }: Context) {
  const t = await getTranslations({ locale, namespace: 'debates.public' });
  const base = publicDebatesPath(space.slug, component.id);
  const state = stateFilter(searchParams[STATE_FILTER_PARAM]);
  const page = pageNumber(searchParams.sivu);
  const [areas, organization] = await Promise.all([findSpaceAreas(space.id), getCurrentOrganization()]);
  const areaParam = first(searchParams[AREA_FILTER_PARAM]);
  const area = areas.find((a) => a.slug === areaParam)?.slug ?? null;
  const { total, debates } = await findListedDebates(actor, space.organizationId, component.id, { page, perPage: settings.debatesPerPage, state, areaSlug: area });
  const pages = Math.max(1, Math.ceil(total / settings.debatesPerPage));
  if (page > pages) notFound();
  const availability = actions[CREATE_DEBATE_ACTION];
  const filtered = state !== 'all' || area !== null;

  const filterLink = (label: string, href: string, current: boolean) => (
    <li key={href}>
      <Link href={href} aria-current={current ? 'true' : undefined} className={current ? 'font-bold text-ink no-underline' : 'text-brand-700 underline'}>
        {label}
      </Link>
    </li>
  );

  return (
    <div>
      <h1 lang={localizedLang(component.name, locale)} className="text-3xl font-bold">
        {localize(component.name, locale)}
      </h1>

      {settings.allowResidentDebates && availability && (
        <div className="mt-4">
          {startOpenWhenSignedIn(settings, availability) ? (
            <SignedInOrNotice returnTo={publicDebatesPath(space.slug, component.id, NEW_DEBATE_SEGMENT)}>
              <Link href={publicDebatesPath(space.slug, component.id, NEW_DEBATE_SEGMENT)} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
                {t('startDebate')}
              </Link>
            </SignedInOrNotice>
          ) : (
            <ActionNotice action={CREATE_DEBATE_ACTION} availability={availability} returnTo={base} />
          )}
        </div>
      )}

      <nav aria-label={t('filters')} className="mt-6 flex flex-col gap-2">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <span className="font-semibold">{t('filterState')}:</span>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {filterLink(t('all'), listHref(base, { state: 'all', area }), state === 'all')}
            {filterLink(t('openPlural'), listHref(base, { state: 'open', area }), state === 'open')}
            {filterLink(t('closedPlural'), listHref(base, { state: 'closed', area }), state === 'closed')}
          </ul>
        </div>
        {areas.length > 1 && (
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="font-semibold">{t('filterArea')}:</span>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {filterLink(t('allAreas'), listHref(base, { state, area: null }), area === null)}
              {areas.map((a) => filterLink(localize(a.name, locale), listHref(base, { state, area: a.slug }), area === a.slug))}
            </ul>
          </div>
        )}
      </nav>

      {debates.length === 0 ? (
        <p className="mt-4 text-muted">{filtered ? t('emptyFiltered') : t('empty')}</p>
      ) : (
        <DebateList debates={debates} space={space} componentId={component.id} organizationName={organization.name} locale={locale} />
      )}
      {pages > 1 && (
        <nav aria-label={t('pagination')} className="mt-6 flex flex-wrap items-center gap-4">
          {page > 1 && <Link href={listHref(base, { state, area, page: page - 1 })} className="text-brand-700 underline">{t('previous')}</Link>}
          <span>{t('pageOf', { page, pages })}</span>
          {page < pages && <Link href={listHref(base, { state, area, page: page + 1 })} className="text-brand-700 underline">{t('next')}</Link>}
        </nav>
      )}
    </div>
  );
}

async function DebatePage({ component, space, actor, actions, settings, searchParams, locale, debateId }: Context & { debateId: string }) {
  const [found, organization] = await Promise.all([getDebateForPage(actor, space.organizationId, component.id, debateId), getCurrentOrganization()]);
  if (!found) notFound();
  if (found.state === 'hidden') return <HiddenDebatePlaceholder space={space} component={component} locale={locale} />;
  const { debate } = found;
  // A debate waiting for approval (seen by its author and moderators) has no thread yet; a closed one keeps its thread, read-only.
  const comments =
    debate.moderationState === 'VISIBLE' ? (
      <CommentSection
        resource={debateRef(debate.id)}
        resourcePath={publicDebatesPath(space.slug, component.id, debate.id)}
        availability={actions.comment ?? { available: false, reason: 'notEnabled' }}
        closed={debate.closedAt !== null}
        alignmentEnabled={settings.commentAlignment}
        searchParams={searchParams}
      />
    ) : null;
  return <DebateDetail debate={debate} space={space} component={component} organizationName={organization.name} locale={locale} comments={comments} />;
}

function formTexts(t: Awaited<ReturnType<typeof getTranslations>>) {
  return {
    titleHint: t('titleHint', { min: RESIDENT_DEBATE_TITLE_MIN, max: RESIDENT_DEBATE_TITLE_MAX }),
    descriptionHint: t('descriptionHint', { max: RESIDENT_DEBATE_DESCRIPTION_MAX }),
  };
}

async function NewDebatePage({ component, space, settings, actions, locale }: Context) {
  if (!settings.allowResidentDebates) notFound();
  const [t, tForm] = await Promise.all([getTranslations({ locale, namespace: 'debates.public' }), getTranslations({ locale, namespace: 'debates.form' })]);
  const availability = actions[CREATE_DEBATE_ACTION];
  const here = publicDebatesPath(space.slug, component.id, NEW_DEBATE_SEGMENT);
  const areas = await findSpaceAreas(space.id);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('newTitle')}</h1>
      <p className="mt-2 max-w-3xl">{t('newIntro')}</p>
      {settings.preModeration && <p className="mt-2 max-w-3xl">{t('preModerationNote')}</p>}
      <div className="mt-6">
        {startOpenWhenSignedIn(settings, availability) ? (
          <SignedInOrNotice returnTo={here}>
            <ClientMessages paths={['debates.form']}>
              <ResidentDebateForm
                componentId={component.id}
                areas={areas.map((a) => ({ id: a.id, name: localize(a.name, locale), lang: localizedLang(a.name, locale) }))}
                debatesHref={publicDebatesPath(space.slug, component.id)}
                hints={formTexts(tForm)}
              />
            </ClientMessages>
          </SignedInOrNotice>
        ) : (
          availability && <ActionNotice action={CREATE_DEBATE_ACTION} availability={availability} returnTo={here} />
        )}
      </div>
      <p className="mt-8">
        <Link href={publicDebatesPath(space.slug, component.id)} className="text-brand-700 underline">
          {t('backToList', { component: localize(component.name, locale) })}
        </Link>
      </p>
    </div>
  );
}

async function EditOwnDebatePage(context: Context & { debateId: string }) {
  const { component, space, actor, locale, debateId } = context;
  if (!actor) notFound();
  const debate = await getOwnDebate(actor, component.id, debateId);
  if (!debate) notFound();
  const [t, tForm, areas] = await Promise.all([
    getTranslations({ locale, namespace: 'debates.public' }),
    getTranslations({ locale, namespace: 'debates.form' }),
    findSpaceAreas(space.id),
  ]);
  const debatePath = publicDebatesPath(space.slug, component.id, debate.id);
  const editable = canEditOwnDebate(actor, { space, component }, debate);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('editTitle')}</h1>
      {editable ? (
        <>
          <p className="mt-2 max-w-3xl">{t('editIntro')}</p>
          <div className="mt-6">
            <ClientMessages paths={['debates.form']}>
              <ResidentDebateForm
                componentId={component.id}
                debateId={debate.id}
                defaultValues={{ title: localize(debate.title, locale), description: localize(debate.description, locale), areaIds: debate.areas.map((a) => a.areaId) }}
                areas={areas.map((a) => ({ id: a.id, name: localize(a.name, locale), lang: localizedLang(a.name, locale) }))}
                debatesHref={publicDebatesPath(space.slug, component.id)}
                hints={formTexts(tForm)}
              />
            </ClientMessages>
          </div>
        </>
      ) : (
        <p role="note" className="mt-4 rounded border-2 border-gray-600 bg-gray-100 px-4 py-3 font-medium">
          {t('notEditable')}
        </p>
      )}
      <p className="mt-8">
        <Link href={debatePath} className="text-brand-700 underline">
          {t('backToDebate')}
        </Link>
      </p>
    </div>
  );
}
