import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { getActor } from '@/lib/auth/current-actor';
import { getCurrentOrganization } from '@/lib/organization/current';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { getComponentDefinition } from '@/lib/core/components/registry';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { getComponentInSpace } from '@/lib/components/queries';
import { buildComponentContext, permissionSubject } from '@/lib/components/context';
import { Breadcrumbs } from '@/components/public-spaces/breadcrumbs';
import { SharedWithResidents } from '@/components/layout/shared-with-residents';
import { getPublicView } from '@/components/component-views/public-views';

type Props = {
  params: Promise<{ locale: string; spaceSlug: string; componentId: string; path?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamic = 'force-dynamic';

/**
 * The component with its kind's definition and public view, or null when it does not exist in this space, its kind
 * is not installed, or the kind's `read` permission refuses (which also covers a space the visitor may not see).
 * Refusals are 404s so that drafts and private spaces do not reveal that they exist. This route imports the public
 * views only, never the admin views (ADR 022).
 */
const loadReadableComponent = cache(async (spaceSlug: string, componentId: string) => {
  const [org, actor] = await Promise.all([getCurrentOrganization(), getActor()]);
  const found = await getComponentInSpace(org.id, spaceSlug, componentId);
  const definition = found ? getComponentDefinition(found.component.kind) : null;
  const view = found ? getPublicView(found.component.kind) : null;
  if (!found || !definition || !view || !definition.permissions.read(actor, permissionSubject(found))) return null;
  return { actor, found, definition, view };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, spaceSlug, componentId } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const loaded = await loadReadableComponent(spaceSlug, componentId);
  if (!loaded) return {};
  return { title: `${localize(loaded.found.component.name, locale)} – ${localize(loaded.found.space.title, locale)}` };
}

/** The public side of any component, rendered by its kind's PublicView below breadcrumbs to the space. */
export default async function ComponentPublicPage({ params, searchParams }: Props) {
  const { locale: rawLocale, spaceSlug, componentId, path = [] } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const loaded = await loadReadableComponent(spaceSlug, componentId);
  if (!loaded) notFound();
  const { actor, found, definition, view } = loaded;
  const t = await getTranslations('publicSpaces.space');
  const { timeZone } = await getCurrentOrganization();
  const context = buildComponentContext(definition, found, { actor, locale, path, searchParams: await searchParams, timeZone });
  const PublicView = view.PublicView;

  return (
    <div>
      {view.sharedWithResidents && found.component.isPublished && <SharedWithResidents />}
      <Breadcrumbs
        label={t('breadcrumb')}
        items={[
          { label: t('spaces'), href: '/spaces' },
          { label: localize(found.space.title, locale), href: `/spaces/${found.space.slug}`, lang: localizedLang(found.space.title, locale) },
          { label: localize(found.component.name, locale), lang: localizedLang(found.component.name, locale) },
        ]}
      />
      {!found.component.isPublished && (
        <p role="note" className="mb-4 rounded border-2 border-gray-600 bg-gray-100 px-4 py-3 font-medium">
          {t('unpublishedComponent')}
        </p>
      )}
      <PublicView {...context} />
    </div>
  );
}
