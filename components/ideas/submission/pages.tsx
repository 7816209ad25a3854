import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import { localize } from '@/lib/core/localized-text';
import type { AreaGeometry } from '@/lib/areas/geojson';
import { imageUrl, pickVariant } from '@/lib/images/image-variants';
import { CREATE_IDEA_ACTION } from '@/lib/ideas/availability';
import { findSimilarIdeas } from '@/lib/ideas/list-queries';
import { type DraftStep, NEW_IDEA_SEGMENT, publicIdeasPath } from '@/lib/ideas/paths';
import { canEditOwnIdea } from '@/lib/ideas/permissions';
import { findSpaceAreas, findThemes, getOwnIdea } from '@/lib/ideas/queries';
import { IDEA_BODY_MAX, IDEA_BODY_MIN, IDEA_TITLE_MAX, IDEA_TITLE_MIN } from '@/lib/ideas/schema';
import type { IdeasPhaseSettings, IdeasSettings } from '@/lib/ideas/settings';
import { ActionNotice } from '@/components/component-views/action-notice';
import { ClientMessages } from '@/components/layout/client-messages';
import { mapTileConfig } from '@/components/map/tile-config';
import { IdeaBasicsForm } from './basics-form';
import { IdeaLocationForm } from './location-form';
import { IdeaPhotoForm } from './photo-form';
import { IdeaPhotoList } from './photo-list';
import { PublishStep } from './publish-step';
import { StepIndicator } from './step-indicator';

type Context = ComponentContext<IdeasSettings, IdeasPhaseSettings>;
type T = Awaited<ReturnType<typeof getTranslations>>;

const CLIENT_PATHS = ['ideas.form'];

function hints(t: T) {
  return { title: t('titleHint', { min: IDEA_TITLE_MIN, max: IDEA_TITLE_MAX }), body: t('bodyHint', { min: IDEA_BODY_MIN, max: IDEA_BODY_MAX }) };
}

async function basicsOptions(spaceId: string, componentId: string, locale: Context['locale']) {
  const [areas, themes] = await Promise.all([findSpaceAreas(spaceId), findThemes(componentId)]);
  return {
    areas: areas.map((a) => ({ id: a.id, name: localize(a.name, locale) })),
    themes: themes.map((th) => ({ id: th.id, name: localize(th.name, locale) })),
    boundaries: areas.filter((a) => a.boundary).map((a) => a.boundary as AreaGeometry),
  };
}

/** Step 1 of a new idea. Visitors are asked to sign in; where submitting is closed, why. */
export async function NewIdeaPage({ component, space, actions, locale }: Context) {
  const [t, tForm] = await Promise.all([getTranslations({ locale, namespace: 'ideas.submit' }), getTranslations({ locale, namespace: 'ideas.form' })]);
  const availability = actions[CREATE_IDEA_ACTION];
  const here = publicIdeasPath(space.slug, component.id, NEW_IDEA_SEGMENT);
  const options = await basicsOptions(space.id, component.id, locale);
  const openWhenSignedIn = !!availability && (availability.available || availability.reason === 'signInRequired');
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <StepIndicator current="perustiedot" stepHref={null} locale={locale} />
      {openWhenSignedIn ? (
        <>
          <div className="signed-out-only mt-6">
            <ActionNotice action={CREATE_IDEA_ACTION} availability={{ available: false, reason: 'signInRequired' }} returnTo={here} />
          </div>
          <div className="signed-in-only">
            <ClientMessages paths={CLIENT_PATHS}>
              <IdeaBasicsForm
                componentId={component.id}
                defaultValues={{ title: '', body: '', areaId: options.areas[0]?.id ?? '', themeId: '' }}
                areas={options.areas}
                themes={options.themes}
                nextHref={publicIdeasPath(space.slug, component.id, '{id}', 'sijainti')}
                hints={hints(tForm)}
              />
            </ClientMessages>
          </div>
        </>
      ) : (
        availability && <div className="mt-6"><ActionNotice action={CREATE_IDEA_ACTION} availability={availability} returnTo={here} /></div>
      )}
      <p className="mt-8">
        <Link href={publicIdeasPath(space.slug, component.id)} className="text-brand-700 underline">{t('backToList', { component: localize(component.name, locale) })}</Link>
      </p>
    </div>
  );
}

/**
 * A step of the author's draft (or of their published idea being corrected, for basics/location/photo). Not found
 * for anyone else, so these pages are never a shared copy.
 */
export async function DraftStepPage({ component, space, actor, settings, locale, ideaId, step }: Context & { ideaId: string; step: DraftStep }) {
  if (!actor) notFound();
  const idea = await getOwnIdea(actor, component.id, ideaId);
  if (!idea) notFound();
  const [t, tForm] = await Promise.all([getTranslations({ locale, namespace: 'ideas.submit' }), getTranslations({ locale, namespace: 'ideas.form' })]);
  const editable = canEditOwnIdea(actor, { space, component }, idea, settings);
  const published = idea.publishedAt !== null;
  const stepHref = (s: DraftStep) => publicIdeasPath(space.slug, component.id, idea.id, s);
  const ideaHref = publicIdeasPath(space.slug, component.id, idea.id);
  // A published idea's corrections return to its page; a draft goes on to the next step.
  const next = (s: DraftStep) => (published ? ideaHref : stepHref(s));
  if (published && step === 'samankaltaiset') notFound();
  const options = await basicsOptions(space.id, component.id, locale);
  let body;
  if (!editable) {
    body = <p role="note" className="mt-6 rounded border-2 border-gray-600 bg-gray-100 px-4 py-3 font-medium">{t('notEditable')}</p>;
  } else if (step === 'perustiedot') {
    body = (
      <IdeaBasicsForm
        componentId={component.id}
        ideaId={idea.id}
        defaultValues={{ title: idea.title, body: idea.body, areaId: idea.areaId, themeId: idea.themeId ?? '' }}
        areas={options.areas}
        themes={options.themes}
        nextHref={next('sijainti')}
        hints={hints(tForm)}
      />
    );
  } else if (step === 'sijainti') {
    body = (
      <IdeaLocationForm
        componentId={component.id}
        ideaId={idea.id}
        defaultValues={{ latitude: idea.latitude === null ? '' : String(idea.latitude), longitude: idea.longitude === null ? '' : String(idea.longitude), locationText: idea.locationText ?? '' }}
        nextHref={next('kuva')}
        tiles={mapTileConfig()}
        boundaries={options.boundaries}
      />
    );
  } else if (step === 'kuva') {
    const photos = idea.images.map((image) => {
      const variant = pickVariant(image, 480);
      const alt = image.alt as Record<string, string> | null;
      return { id: image.id, previewUrl: variant ? imageUrl(image.id, variant.width) : '', alt: alt?.[idea.locale] ?? '', decorative: image.decorative };
    });
    const max = settings.photosPerIdea;
    body = (
      <section aria-labelledby="photos-heading" className="mt-6">
        <h2 id="photos-heading" className="text-2xl font-bold">{tForm('photoHeading')}</h2>
        <p className="mt-1">{max === 0 ? tForm('photosOff') : tForm('photosIntro', { max, count: photos.length })}</p>
        <IdeaPhotoList componentId={component.id} ideaId={idea.id} photos={photos} />
        {photos.length < max && <IdeaPhotoForm componentId={component.id} ideaId={idea.id} />}
        <p className="mt-6">
          <Link href={next('samankaltaiset')} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {published ? tForm('photoDone') : photos.length > 0 ? tForm('photoContinue') : tForm('photoSkip')}
          </Link>
        </p>
      </section>
    );
  } else {
    const similar = await findSimilarIdeas(component.id, { title: idea.title, excludeId: idea.id });
    const tIdeas = await getTranslations({ locale, namespace: 'ideas' });
    body = (
      <section aria-labelledby="similar-heading" className="mt-6 max-w-3xl">
        <h2 id="similar-heading" className="text-2xl font-bold">{t('similarHeading')}</h2>
        {similar.length === 0 ? (
          <p className="mt-2">{t('similarNone')}</p>
        ) : (
          <>
            <p className="mt-2">{t('similarIntro')}</p>
            <ul className="mt-2 list-disc pl-6">
              {similar.map((s) => (
                <li key={s.id}>
                  <Link href={publicIdeasPath(space.slug, component.id, s.id)} className="text-brand-700 underline" target="_blank">{s.title}</Link>{' '}
                  <span className="text-sm">({tIdeas(`states.${s.state}`)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <h2 className="mt-6 text-2xl font-bold">{t('summaryHeading')}</h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-bold">{tForm('title')}</dt>
          <dd lang={idea.locale}>{idea.title}</dd>
          <dt className="font-bold">{tForm('area')}</dt>
          <dd>{options.areas.find((a) => a.id === idea.areaId)?.name}</dd>
          <dt className="font-bold">{tForm('locationText')}</dt>
          <dd>{idea.locationText ?? (idea.latitude !== null ? t('summaryPinOnly') : t('summaryNoLocation'))}</dd>
          <dt className="font-bold">{tForm('photoHeading')}</dt>
          <dd>{idea.images.length > 0 ? t('summaryPhotos', { count: idea.images.length }) : t('summaryNoPhoto')}</dd>
        </dl>
        <PublishStep
          componentId={component.id}
          ideaId={idea.id}
          ideaHref={ideaHref}
          listHref={publicIdeasPath(space.slug, component.id)}
          labels={{ publish: t('publish'), publishing: t('publishing'), discard: t('discard'), discardConfirm: t('discardConfirm') }}
        />
      </section>
    );
  }
  return (
    <div>
      <h1 className="text-3xl font-bold">{published ? t('editTitle') : t('title')}</h1>
      {!published && <StepIndicator current={step} stepHref={stepHref} locale={locale} />}
      {published && <p className="mt-2">{t('editIntro')}</p>}
      <ClientMessages paths={CLIENT_PATHS}>{body}</ClientMessages>
      <p className="mt-8">
        <Link href={published ? ideaHref : publicIdeasPath(space.slug, component.id)} className="text-brand-700 underline">
          {published ? t('backToIdea') : t('backToList', { component: localize(component.name, locale) })}
        </Link>
      </p>
    </div>
  );
}

/** The author's correction of a published idea: the basics step, then back to the idea. */
export async function EditIdeaPage(context: Context & { ideaId: string }) {
  return <DraftStepPage {...context} step="perustiedot" />;
}
