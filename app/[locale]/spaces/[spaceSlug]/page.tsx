import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { Link } from '@/lib/i18n/navigation';
import { getActor } from '@/lib/auth/current-actor';
import { getCurrentOrganization } from '@/lib/organization/current';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { isComponentKind } from '@/lib/core/components/kinds';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { getVisibleSpaceBySlug, type PublicSpace } from '@/lib/spaces/public-queries';
import { canViewSpaceAdmin } from '@/lib/spaces/permissions';
import { isAllowedImageUrl } from '@/lib/spaces/schema';
import { env } from '@/lib/env';
import { findPublishedComponents } from '@/lib/components/queries';
import { formatDateRange } from '@/components/spaces/date-range';
import { MarkdownContent } from '@/components/pages/markdown-content';
import { Breadcrumbs } from '@/components/public-spaces/breadcrumbs';
import { PublicSpaceBadges } from '@/components/public-spaces/space-badges';
import { SharedWithResidents } from '@/components/layout/shared-with-residents';
import { spaceNewsFeedPath } from '@/lib/news/paths';
import { FollowControl } from '@/components/follows/follow-control';
import { SPACE_TARGET } from '@/lib/follows/follow-target';

type Props = { params: Promise<{ locale: string; spaceSlug: string }> };

export const dynamic = 'force-dynamic';

/** One load per request for both the metadata and the page; null when the visitor may not see the space. */
const loadSpace = cache(async (spaceSlug: string) => {
  const [org, actor] = await Promise.all([getCurrentOrganization(), getActor()]);
  const space = await getVisibleSpaceBySlug(actor, org.id, spaceSlug);
  return { actor, space };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, spaceSlug } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const { space } = await loadSpace(spaceSlug);
  // Feed readers find the space's news feed from the page (<link rel="alternate" type="application/atom+xml">).
  return space
    ? { title: localize(space.title, locale), alternates: { types: { 'application/atom+xml': spaceNewsFeedPath(locale, space.slug) } } }
    : {};
}

async function PhaseTimeline({ space, locale }: { space: PublicSpace; locale: Locale }) {
  const t = await getTranslations('publicSpaces.space');
  const dates = await Promise.all(space.phases.map((p) => formatDateRange(p.startDate, p.endDate)));
  return (
    <section aria-labelledby="phases-heading" className="mt-10">
      <h2 id="phases-heading" className="text-2xl font-bold">
        {t('phases')}
      </h2>
      <ol className="mt-4 space-y-4 border-l-4 border-gray-300 pl-6">
        {space.phases.map((phase, index) => (
          <li
            key={phase.id}
            aria-current={phase.isActive ? 'step' : undefined}
            className={phase.isActive ? '-ml-7 rounded border-2 border-l-8 border-brand-700 bg-brand-50 p-4' : 'p-1'}
          >
            <p className="text-sm font-semibold text-muted">
              {t('phaseNumber', { number: index + 1 })}
              {phase.isActive && (
                <span className="ml-2 inline-block rounded bg-brand-700 px-2 py-0.5 text-sm font-bold text-white">{t('active')}</span>
              )}
            </p>
            <h3 className="text-lg font-semibold" lang={localizedLang(phase.title, locale)}>
              {localize(phase.title, locale)}
            </h3>
            {dates[index] && <p>{dates[index]}</p>}
            {phase.description ? (
              <MarkdownContent source={localize(phase.description, locale)} lang={localizedLang(phase.description, locale)} topHeadingLevel={4} />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

async function MemberList({ space, locale }: { space: PublicSpace; locale: Locale }) {
  const t = await getTranslations('publicSpaces');
  return (
    <section aria-labelledby="members-heading" className="mt-10">
      <h2 id="members-heading" className="text-2xl font-bold">
        {t('space.members')}
      </h2>
      <ul className="mt-4 grid gap-2 sm:grid-cols-2">
        {space.members.map((member) => (
          <li key={member.id} className="rounded border border-gray-300 px-4 py-2">
            <span className="font-semibold">{member.fullName}</span>
            <span className="block text-muted">
              {t(`members.positions.${member.position}`)}
              {member.positionNote ? (
                <span lang={localizedLang(member.positionNote, locale)}> ({localize(member.positionNote, locale)})</span>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The public front page of a process or an assembly. */
export default async function SpacePage({ params }: Props) {
  const { locale: rawLocale, spaceSlug } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const { actor, space } = await loadSpace(spaceSlug);
  if (!space) notFound();
  const [t, tComponents, components, dates] = await Promise.all([
    getTranslations('publicSpaces'),
    getTranslations('components'),
    findPublishedComponents(space.id),
    formatDateRange(space.startDate, space.endDate),
  ]);
  const title = localize(space.title, locale);
  const kindLabel = space.kind === 'ASSEMBLY' && space.assemblyType ? t(`assemblyTypes.${space.assemblyType}`) : t(`kinds.${space.kind}`);

  return (
    <div>
      <SharedWithResidents />
      <Breadcrumbs
        label={t('space.breadcrumb')}
        items={[
          { label: t('space.spaces'), href: '/spaces' },
          { label: title, lang: localizedLang(space.title, locale) },
        ]}
      />
      {!space.isPublished && (
        <p role="note" className="mb-4 rounded border-2 border-gray-600 bg-gray-100 px-4 py-3 font-medium">
          {t('space.draftNotice')}
        </p>
      )}
      {/* An image stored before its host left IMAGE_HOSTS would be blocked by the CSP: leave it out instead. */}
      {space.heroImageUrl && isAllowedImageUrl(space.heroImageUrl, env().IMAGE_HOSTS) && (
        <div className="relative mb-6 aspect-[3/1] w-full overflow-hidden rounded bg-gray-100">
          <Image
            src={space.heroImageUrl}
            alt={space.heroImageAlt ? localize(space.heroImageAlt, locale) : ''}
            fill
            unoptimized
            priority
            sizes="(min-width: 72rem) 72rem, 100vw"
            className="object-cover"
          />
        </div>
      )}
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{kindLabel}</p>
      <h1 className="text-3xl font-bold md:text-4xl" lang={localizedLang(space.title, locale)}>
        {title}
      </h1>
      {space.subtitle ? (
        <p className="mt-2 text-xl" lang={localizedLang(space.subtitle, locale)}>
          {localize(space.subtitle, locale)}
        </p>
      ) : null}
      <div className="mt-3">
        <PublicSpaceBadges isPublished={space.isPublished} isPrivate={space.isPrivate} />
      </div>
      {space.isPublished && (
        <div className="mt-4">
          <FollowControl target={{ type: SPACE_TARGET, id: space.id }} locale={locale} returnTo={`/spaces/${space.slug}`} />
        </div>
      )}
      {space.isPrivate && <p className="mt-2 text-muted">{t('space.privateNotice')}</p>}
      {actor && canViewSpaceAdmin(actor, space) && (
        <p className="mt-3">
          <Link href={`/admin/spaces/${space.id}`} className="text-brand-700 underline">
            {t('space.admin')}
          </Link>
        </p>
      )}

      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {dates && (
          <>
            <dt className="font-semibold">{t('space.dates')}</dt>
            <dd>{dates}</dd>
          </>
        )}
        {space.areas.length > 0 && (
          <>
            <dt className="font-semibold">{t('space.areas')}</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-3">
                {space.areas.map((area) => (
                  <li key={area.slug}>
                    <Link href={`/areas/${area.slug}`} className="text-brand-700 underline" lang={localizedLang(area.name, locale)}>
                      {localize(area.name, locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      <MarkdownContent source={localize(space.description, locale)} lang={localizedLang(space.description, locale)} className="mt-6 max-w-3xl" />

      {space.kind === 'PROCESS' && space.phases.length > 0 && <PhaseTimeline space={space} locale={locale} />}
      {space.kind === 'ASSEMBLY' && space.members.length > 0 && <MemberList space={space} locale={locale} />}

      <section aria-labelledby="components-heading" className="mt-10">
        <h2 id="components-heading" className="text-2xl font-bold">
          {t('space.components')}
        </h2>
        {components.length === 0 ? (
          <p className="mt-3">{t('space.noComponents')}</p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {components.map((component) => (
              <li key={component.id} className="rounded border border-gray-300 p-5">
                <h3 className="text-xl font-semibold" lang={localizedLang(component.name, locale)}>
                  <Link href={`/spaces/${space.slug}/c/${component.id}`} className="text-brand-700 underline">
                    {localize(component.name, locale)}
                  </Link>
                </h3>
                {isComponentKind(component.kind) && <p className="mt-1 text-muted">{tComponents(`${component.kind}.name`)}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
