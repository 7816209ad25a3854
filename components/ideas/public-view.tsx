import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import type { ActionAvailability } from '@/lib/core/components/action-availability';
import { localize, localizedLang } from '@/lib/core/localized-text';
import type { AreaGeometry } from '@/lib/areas/geojson';
import { CREATE_IDEA_ACTION } from '@/lib/ideas/availability';
import { ideaListQuery, parseIdeaListFilters } from '@/lib/ideas/list-filters';
import { findListedIdeas } from '@/lib/ideas/list-queries';
import { COAUTHORS_SEGMENT, DRAFT_STEPS, type DraftStep, EDIT_IDEA_SEGMENT, MAP_VIEW_PARAM, MAP_VIEW_VALUE, NEW_IDEA_SEGMENT, publicIdeasPath } from '@/lib/ideas/paths';
import { findSpaceAreas, findThemes, getIdeaForPage } from '@/lib/ideas/queries';
import type { IdeasPhaseSettings, IdeasSettings } from '@/lib/ideas/settings';
import { ActionNotice } from '@/components/component-views/action-notice';
import { mapTileConfig } from '@/components/map/tile-config';
import { IdeaList } from './idea-list';
import { IdeaListControls } from './list-controls';
import { IdeasMap } from './ideas-map';
import { IdeaDetail } from './idea-detail';
import { DraftStepPage, EditIdeaPage, NewIdeaPage } from './submission/pages';
import { CoauthorsPage } from './coauthors/page';

type Context = ComponentContext<IdeasSettings, IdeasPhaseSettings>;

/**
 * The public side of an Ideas component: the list (path [], with filters, sorts, list or map), one idea ([id]), the
 * submission (['uusi'], then [draftId, step]), the author's edit ([id, 'muokkaa']) and co-authors ([id, 'kanssakirjoittajat']). The list and idea pages are
 * the same for every reader beyond signed-in/out variants (ADR 021): the viewer's own marks (supported, may edit)
 * come from the browser. Drafts and edit forms are not found for anyone but their author.
 */
export async function IdeasPublicView(context: Context) {
  const { path } = context;
  if (path.length === 0) return <IdeasListPage {...context} />;
  if (path.length === 1 && path[0] === NEW_IDEA_SEGMENT) return <NewIdeaPage {...context} />;
  if (path.length === 1) return <IdeaPage {...context} ideaId={path[0]!} />;
  if (path.length === 2 && path[1] === EDIT_IDEA_SEGMENT) return <EditIdeaPage {...context} ideaId={path[0]!} />;
  if (path.length === 2 && path[1] === COAUTHORS_SEGMENT) return <CoauthorsPage {...context} ideaId={path[0]!} />;
  if (path.length === 2 && (DRAFT_STEPS as readonly string[]).includes(path[1]!)) return <DraftStepPage {...context} ideaId={path[0]!} step={path[1] as DraftStep} />;
  notFound();
}

/** Submitting needs only signing in: visitors see the sign-in notice, residents the link (ADR 021 variants). */
function SubmitEntry({ availability, returnTo, children }: { availability: ActionAvailability | undefined; returnTo: string; children: ReactNode }) {
  if (!availability) return null;
  if (availability.available || availability.reason === 'signInRequired') {
    return (
      <>
        <div className="signed-out-only">
          <ActionNotice action={CREATE_IDEA_ACTION} availability={{ available: false, reason: 'signInRequired' }} returnTo={returnTo} />
        </div>
        <div className="signed-in-only">{children}</div>
      </>
    );
  }
  return <ActionNotice action={CREATE_IDEA_ACTION} availability={availability} returnTo={returnTo} />;
}

/** The day in the organization's calendar: the random order's seed for visitors without one of their own. */
function daySeed(): string {
  return new Date().toISOString().slice(0, 10);
}

async function IdeasListPage({ component, space, settings, actions, actor, locale, searchParams }: Context) {
  const t = await getTranslations({ locale, namespace: 'ideas' });
  const base = publicIdeasPath(space.slug, component.id);
  const filters = parseIdeaListFilters(searchParams, { supportSortAllowed: settings.showSupportCounts });
  const [areas, themes] = await Promise.all([findSpaceAreas(space.id), findThemes(component.id)]);
  const area = filters.areaSlug ? (areas.find((a) => a.slug === filters.areaSlug) ?? null) : null;
  const mine = filters.mine && actor ? actor.userId : null;
  const mapView = searchParams[MAP_VIEW_PARAM] === MAP_VIEW_VALUE;
  const { total, ideas } =
    filters.areaSlug && !area
      ? { total: 0, ideas: [] }
      : await findListedIdeas({ componentId: component.id, areaId: area?.id ?? null, authorId: mine }, filters, { perPage: settings.ideasPerPage, seed: filters.seed ?? daySeed() });
  const pages = Math.max(1, Math.ceil(total / settings.ideasPerPage));
  if (filters.page > pages) notFound();
  const filtered = !!(filters.areaSlug || filters.themeId || filters.state || filters.text || filters.mine);
  const query = ideaListQuery({ ...filters, page: 1 });
  const pageHref = (page: number) => `${base}${ideaListQuery({ ...filters, page })}${mapView ? `${ideaListQuery({ ...filters, page }) ? '&' : '?'}${MAP_VIEW_PARAM}=${MAP_VIEW_VALUE}` : ''}`;
  const listId = `ideas-list-${component.id}`;
  return (
    <div>
      <h1 lang={localizedLang(component.name, locale)} className="text-3xl font-bold">
        {localize(component.name, locale)}
      </h1>
      <p className="mt-2 max-w-3xl">{t('public.intro')}</p>
      <div className="mt-4">
        <SubmitEntry availability={actions[CREATE_IDEA_ACTION]} returnTo={publicIdeasPath(space.slug, component.id, NEW_IDEA_SEGMENT)}>
          <Link href={publicIdeasPath(space.slug, component.id, NEW_IDEA_SEGMENT)} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t('public.submit')}
          </Link>
        </SubmitEntry>
      </div>
      <IdeaListControls
        base={base}
        filters={filters}
        areas={areas}
        themes={themes}
        showSupports={settings.showSupportCounts}
        mapView={mapView}
        locale={locale}
      />
      <p role="status" className="mt-4 font-semibold">
        {filtered ? t('public.countFiltered', { count: total }) : t('public.count', { count: total })}
      </p>
      {mapView && (
        <div className="mt-4">
          <IdeasMap
            dataUrl={`/api/components/${component.id}/ideas/map${query}`}
            ideaHref={`/${locale}${base}`}
            label={t('map.label')}
            describedBy={`${listId}-note`}
            tiles={mapTileConfig()}
            boundaries={areas.filter((a) => a.boundary).map((a) => ({ id: a.id, geometry: a.boundary as AreaGeometry }))}
            texts={{ loading: t('map.loading'), failed: t('map.failed'), countOne: t('map.countOne'), countMany: t('map.countMany'), zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut') }}
          />
          <p id={`${listId}-note`} className="mt-2 text-sm">{t('map.alternative')}</p>
        </div>
      )}
      <div id={listId}>
        {ideas.length === 0 ? (
          <p className="mt-4 text-muted">{filtered ? t('public.emptyFiltered') : t('public.empty')}</p>
        ) : (
          <IdeaList ideas={ideas} spaceSlug={space.slug} componentId={component.id} showSupports={settings.showSupportCounts} locale={locale} />
        )}
      </div>
      {pages > 1 && (
        <nav aria-label={t('public.pagination')} className="mt-6 flex flex-wrap items-center gap-4">
          {filters.page > 1 && <Link href={pageHref(filters.page - 1)} className="text-brand-700 underline">{t('public.previous')}</Link>}
          <span>{t('public.pageOf', { page: filters.page, pages })}</span>
          {filters.page < pages && <Link href={pageHref(filters.page + 1)} className="text-brand-700 underline">{t('public.next')}</Link>}
        </nav>
      )}
    </div>
  );
}

async function IdeaPage(context: Context & { ideaId: string }) {
  const { component, space, actor, ideaId } = context;
  const idea = await getIdeaForPage(actor, space.organizationId, component.id, ideaId);
  if (!idea) notFound();
  return <IdeaDetail {...context} idea={idea} />;
}
