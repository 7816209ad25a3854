import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import { asLocalizedText, localize, localizedLang } from '@/lib/core/localized-text';
import { SUPPORT_ACTION } from '@/lib/ideas/availability';
import { COAUTHORS_SEGMENT, EDIT_IDEA_SEGMENT, publicIdeasPath } from '@/lib/ideas/paths';
import type { IdeaPageItem } from '@/lib/ideas/queries';
import { IDEA_RESOURCE, ideaRef } from '@/lib/ideas/resource';
import type { IdeasPhaseSettings, IdeasSettings } from '@/lib/ideas/settings';
import { FINAL_STATES } from '@/lib/ideas/states';
import { ActionNotice } from '@/components/component-views/action-notice';
import { CommentSection } from '@/components/comments/comment-section';
import { FollowControl } from '@/components/follows/follow-control';
import { ResourceImage } from '@/components/images/resource-image';
import { mapTileConfig } from '@/components/map/tile-config';
import { IdeasMap } from './ideas-map';
import { IdeaStateBadge, stateLook } from './state-badge';
import { IdeaViewerControls } from './idea-viewer-controls';
import { ShareLink } from './share-link';
import { IdeaReport } from './idea-report';
import { ClientMessages } from '@/components/layout/client-messages';

type Context = ComponentContext<IdeasSettings, IdeasPhaseSettings>;

/**
 * One idea's page as an <article>: title, state, where and when, the photo and text, the place (typed text, and the
 * pin on a map with the text as its alternative), supports, the city's answer with the cost estimate and the reason,
 * the public history of its state, follow and share, and the comment thread. The same HTML for every reader who may
 * see it (ADR 021); whether the reader supports it or may edit it comes from the browser (IdeaViewerControls).
 */
export async function IdeaDetail({ idea, component, space, settings, actions, locale, searchParams }: Context & { idea: IdeaPageItem }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'ideas' }), getFormatter({ locale })]);
  const path = publicIdeasPath(space.slug, component.id, idea.id);
  const look = stateLook(t, idea.state, idea.customState, locale);
  const text = (value: unknown) => (Object.keys(asLocalizedText(value)).length > 0 ? { text: localize(value, locale), lang: localizedLang(value, locale) } : null);
  const answer = text(idea.answer);
  const reason = text(idea.stateReason);
  const justification = text(idea.costJustification);
  const timeFrame = text(idea.timeFrame);
  const published = idea.publishedAt !== null;
  const open = published && idea.moderationState === 'VISIBLE' && !FINAL_STATES.includes(idea.state);
  const supportAvailability = actions[SUPPORT_ACTION];
  const supportOpenToSignedIn = !!supportAvailability && (supportAvailability.available || supportAvailability.reason === 'signInRequired');
  const euros = (n: number) => format.number(n, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  return (
    <article aria-labelledby="idea-title">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted" lang={localizedLang(component.name, locale)}>
        {localize(component.name, locale)}
      </p>
      <h1 id="idea-title" lang={idea.locale} className="text-3xl font-bold">
        {idea.title}
      </h1>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <IdeaStateBadge look={look} />
        <span lang={localizedLang(idea.area.name, locale)}>{localize(idea.area.name, locale)}</span>
        {idea.theme && <span lang={localizedLang(idea.theme.name, locale)}>{localize(idea.theme.name, locale)}</span>}
        {idea.publishedAt && <span>{t('detail.published', { date: format.dateTime(idea.publishedAt, 'long') })}</span>}
      </p>
      <p className="mt-1 text-sm">
        {idea.channel === 'ONLINE'
          ? idea.coauthors.length > 0
            ? t('detail.byMany', { names: new Intl.ListFormat(locale, { type: 'conjunction' }).format([idea.author?.displayName ?? t('detail.deletedUser'), ...idea.coauthors.map((c) => c.user?.displayName ?? t('detail.deletedUser'))]) })
            : t('detail.by', { name: idea.author?.displayName ?? t('detail.deletedUser') })
          : t('detail.collected', {
              channel: t(`channels.${idea.channel}`),
              place: idea.collectedPlace ?? '',
              date: idea.collectedAt ? format.dateTime(idea.collectedAt, 'long') : '',
            })}
      </p>
      {!published && <p role="note" className="mt-4 rounded border-2 border-gray-600 bg-gray-100 px-4 py-3 font-medium">{t('detail.draftNote')}</p>}
      {idea.moderationState === 'PENDING' && <p role="note" className="mt-4 rounded border-2 border-gray-600 bg-gray-100 px-4 py-3 font-medium">{t('detail.pending')}</p>}
      {idea.moderationState === 'HIDDEN' && <p role="note" className="mt-4 rounded border-2 border-danger bg-red-50 px-4 py-3 font-medium">{t('detail.hiddenForModerators')}</p>}

      {idea.images[0] && <ResourceImage image={idea.images[0]} locale={locale} sizes="(min-width: 768px) 768px, 100vw" className="mt-4 max-h-[28rem] w-auto rounded" priority />}
      <div className="mt-4 max-w-3xl whitespace-pre-line break-words" lang={idea.locale}>
        {idea.body}
      </div>
      {idea.images.length > 1 && (
        <section aria-labelledby="idea-photos" className="mt-6">
          <h2 id="idea-photos" className="text-xl font-bold">{t('detail.morePhotos', { count: idea.images.length - 1 })}</h2>
          <ul className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
            {idea.images.slice(1).map((image) => (
              <li key={image.id}>
                <ResourceImage image={image} locale={locale} sizes="(min-width: 640px) 24rem, 100vw" className="max-h-64 w-full rounded object-cover" />
              </li>
            ))}
          </ul>
        </section>
      )}

      {(idea.locationText || idea.latitude !== null) && (
        <section aria-labelledby="idea-location" className="mt-6">
          <h2 id="idea-location" className="text-xl font-bold">{t('detail.location')}</h2>
          {idea.locationText && <p className="mt-1" lang={idea.locale}>{idea.locationText}</p>}
          {idea.latitude !== null && idea.longitude !== null && (
            <>
              <p id="idea-pin-text" className="mt-1 text-sm">
                {t('detail.pinText', { lat: format.number(idea.latitude, { maximumFractionDigits: 5 }), lng: format.number(idea.longitude, { maximumFractionDigits: 5 }) })}
              </p>
              <div className="mt-2 max-w-3xl">
                <IdeasMap
                  dataUrl={null}
                  pins={[[idea.id, idea.latitude, idea.longitude, idea.state, idea.title]]}
                  ideaHref={`/${locale}${publicIdeasPath(space.slug, component.id)}`}
                  label={t('detail.mapLabel')}
                  describedBy="idea-pin-text"
                  tiles={mapTileConfig()}
                  boundaries={[]}
                  texts={{ loading: t('map.loading'), failed: t('map.failed'), countOne: '', countMany: '', zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut') }}
                />
              </div>
            </>
          )}
        </section>
      )}

      {published && idea.moderationState === 'VISIBLE' && (
        <section aria-labelledby="idea-support" className="mt-6 rounded border border-gray-300 p-4">
          <h2 id="idea-support" className="text-xl font-bold">{t('support.heading')}</h2>
          {settings.showSupportCounts && <p className="mt-1">{t('support.count', { count: idea.supportCount })}</p>}
          {open ? (
            <>
              <div className="signed-out-only mt-2">
                {supportAvailability && <ActionNotice action={SUPPORT_ACTION} availability={supportOpenToSignedIn ? { available: false, reason: 'signInRequired' } : supportAvailability} returnTo={path} />}
              </div>
              {supportAvailability && !supportOpenToSignedIn && (
                <div className="signed-in-only mt-2">
                  <ActionNotice action={SUPPORT_ACTION} availability={supportAvailability} returnTo={path} />
                </div>
              )}
            </>
          ) : (
            <p className="mt-1 text-sm">{t('support.closedForState')}</p>
          )}
          <IdeaViewerControls
            componentId={component.id}
            ideaId={idea.id}
            showCount={settings.showSupportCounts}
            editHref={publicIdeasPath(space.slug, component.id, idea.id, EDIT_IDEA_SEGMENT)}
            coauthorsHref={publicIdeasPath(space.slug, component.id, idea.id, COAUTHORS_SEGMENT)}
            supportOpen={open && supportOpenToSignedIn}
            labels={{
              support: t('support.button'),
              supported: t('support.supported'),
              failed: t('support.failed'),
              count: t('support.countTemplate'),
              edit: t('detail.edit'),
              withdrawIdea: t('detail.withdraw'),
              withdrawConfirm: t('detail.withdrawConfirm'),
              withdrawn: t('detail.withdrawn'),
              coauthors: { author: t('coauthors.manageLink'), coauthor: t('coauthors.coauthorLink'), invited: t('coauthors.invitedLink') },
            }}
          />
        </section>
      )}

      {(answer || reason || idea.costEstimate !== null || idea.mergedInto) && (
        <section aria-labelledby="idea-answer" className="mt-6 rounded border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
          <h2 id="idea-answer" className="text-xl font-bold text-brand-800">{t('detail.answerHeading')}</h2>
          {answer && (
            <div className="mt-2 whitespace-pre-line" lang={answer.lang}>
              {answer.text}
            </div>
          )}
          {idea.answeredAt && <p className="mt-1 text-sm">{t('detail.answeredOn', { date: format.dateTime(idea.answeredAt, 'long') })}</p>}
          {reason && (
            <>
              <h3 className="mt-3 font-bold">{t('detail.reason')}</h3>
              <p className="whitespace-pre-line" lang={reason.lang}>{reason.text}</p>
            </>
          )}
          {idea.mergedInto && (
            <p className="mt-3">
              {t('detail.mergedInto')}{' '}
              <Link href={publicIdeasPath(space.slug, component.id, idea.mergedInto.id)} className="font-semibold text-brand-700 underline">
                {idea.mergedInto.title}
              </Link>
            </p>
          )}
          {idea.costEstimate !== null && (
            <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-bold">{t('detail.cost')}</dt>
              <dd>{euros(idea.costEstimate)}</dd>
              {justification && (
                <>
                  <dt className="font-bold">{t('detail.costJustification')}</dt>
                  <dd lang={justification.lang}>{justification.text}</dd>
                </>
              )}
              {timeFrame && (
                <>
                  <dt className="font-bold">{t('detail.timeFrame')}</dt>
                  <dd lang={timeFrame.lang}>{timeFrame.text}</dd>
                </>
              )}
            </dl>
          )}
        </section>
      )}

      {idea.merged.length > 0 && (
        <section aria-labelledby="idea-merged" className="mt-6">
          <h2 id="idea-merged" className="text-xl font-bold">{t('detail.mergedHere')}</h2>
          <ul className="mt-1 list-disc pl-6">
            {idea.merged.map((m) => (
              <li key={m.id}>
                <Link href={publicIdeasPath(space.slug, component.id, m.id)} className="text-brand-700 underline">{m.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {published && idea.moderationState === 'VISIBLE' && (
        <div className="signed-in-only">
          <ClientMessages paths={['comments.flag']}>
            <IdeaReport ideaId={idea.id} label={t('detail.report')} />
          </ClientMessages>
        </div>
      )}

      {published && idea.moderationState === 'VISIBLE' && (
        <div className="mt-6 flex flex-wrap items-start gap-6">
          <FollowControl target={{ type: IDEA_RESOURCE, id: idea.id }} locale={locale} returnTo={path} />
          <ShareLink path={`/${locale}${path}`} labels={{ heading: t('share.label'), copy: t('share.copy'), copied: t('share.copied') }} />
        </div>
      )}

      {idea.changes.length > 0 && (
        <section aria-labelledby="idea-history" className="mt-6">
          <h2 id="idea-history" className="text-xl font-bold">{t('detail.history')}</h2>
          <ol className="mt-2 border-l-2 border-gray-300 pl-4">
            {idea.changes.map((c) => {
              const state = stateLook(t, c.toState, c.customState, locale);
              const changeReason = text(c.reason);
              return (
                <li key={c.id} className="mb-2">
                  <p>
                    <time dateTime={c.createdAt.toISOString()} className="font-semibold">{format.dateTime(c.createdAt, 'long')}</time>
                    {': '}
                    {c.fromState === null ? t('history.submitted') : t('history.changed', { state: state.label })}
                    {c.answered && ` ${t('history.answered')}`}
                  </p>
                  {changeReason && <p className="text-sm" lang={changeReason.lang}>{changeReason.text}</p>}
                </li>
              );
            })}
          </ol>
        </section>
      )}

      {published && idea.moderationState === 'VISIBLE' && (
        <CommentSection
          resource={ideaRef(idea.id)}
          resourcePath={path}
          availability={actions.comment ?? { available: false, reason: 'notEnabled' }}
          closed={FINAL_STATES.includes(idea.state)}
          alignmentEnabled={settings.commentAlignment}
          searchParams={searchParams}
        />
      )}
      <p className="mt-8">
        <Link href={publicIdeasPath(space.slug, component.id)} className="text-brand-700 underline">
          {t('detail.backToList', { component: localize(component.name, locale) })}
        </Link>
      </p>
    </article>
  );
}
