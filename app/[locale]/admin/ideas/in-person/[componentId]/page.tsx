import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/core/page-guards';
import { localize } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { getComponentForAdmin } from '@/lib/components/queries';
import { permissionSubject } from '@/lib/components/context';
import { calendarToday } from '@/lib/spaces/membership-term';
import { getCurrentOrganization } from '@/lib/organization/current';
import { REVIEW_QUEUE_PATH } from '@/lib/ideas/paths';
import { canEnterInPersonIdeas } from '@/lib/ideas/permissions';
import { findSpaceAreas, findThemes } from '@/lib/ideas/queries';
import { InPersonIdeaForm } from '@/components/ideas/in-person-form';
import { ImportForm } from '@/components/ideas/import-form';

type Props = { params: Promise<{ locale: string; componentId: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ideas.inPerson');
  return { title: t('title') };
}

/** Entering ideas collected in person or on paper into one ideas component: staff, and the space's officials. */
export default async function InPersonEntryPage({ params }: Props) {
  const { locale: raw, componentId } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePageActor(locale, `${REVIEW_QUEUE_PATH}/in-person/${encodeURIComponent(componentId)}`);
  const found = await getComponentForAdmin(actor.organizationId, componentId);
  if (!found || found.component.kind !== 'ideas' || found.component.archivedAt) notFound();
  if (!canEnterInPersonIdeas(actor, permissionSubject(found))) forbidden();
  const [t, areas, themes, organization] = await Promise.all([
    getTranslations({ locale, namespace: 'ideas.inPerson' }),
    findSpaceAreas(found.space.id),
    findThemes(found.component.id),
    getCurrentOrganization(),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <p><Link href={REVIEW_QUEUE_PATH} className="text-brand-700 underline">{t('backToDesk')}</Link></p>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{localize(found.space.title, locale)} – {localize(found.component.name, locale)}</p>
      <p className="max-w-3xl">{t('intro')}</p>
      <InPersonIdeaForm
        componentId={found.component.id}
        areas={areas.map((a) => ({ id: a.id, name: localize(a.name, locale) }))}
        themes={themes.map((th) => ({ id: th.id, name: localize(th.name, locale) }))}
        today={calendarToday(organization.timeZone).toISOString().slice(0, 10)}
      />
      <ImportForm componentId={found.component.id} templateHref={`/api/components/${found.component.id}/ideas/import`} />
    </div>
  );
}
