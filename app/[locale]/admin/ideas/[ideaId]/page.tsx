import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/core/page-guards';
import { asLocalizedText, localize } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { getComponentForAdmin } from '@/lib/components/queries';
import { permissionSubject } from '@/lib/components/context';
import { adminIdeasPath, publicIdeasPath, REVIEW_QUEUE_PATH, reviewIdeaPath } from '@/lib/ideas/paths';
import { canManageIdeas, canReviewIdea } from '@/lib/ideas/permissions';
import { findCustomStates } from '@/lib/ideas/queries';
import { findIdeaComponentId, findSpaceEvaluators, getIdeaForReview } from '@/lib/ideas/review-queries';
import { IDEA_BASE_STATES, officialTargets } from '@/lib/ideas/states';
import { db } from '@/lib/db';
import { IdeaStateBadge, stateLook } from '@/components/ideas/state-badge';
import { AssignmentForm, UnassignButton } from '@/components/ideas/review/assignment-form';
import { DecisionForm } from '@/components/ideas/review/decision-form';
import { NoteForm } from '@/components/ideas/review/note-form';
import { ReviewForm } from '@/components/ideas/review/review-form';
import { TransitionGraph } from '@/components/ideas/review/transition-graph';

type Props = { params: Promise<{ locale: string; ideaId: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ideas.review');
  return { title: t('metaTitle') };
}

/**
 * One idea's review (arviointi): for the component's officials, and for the evaluators assigned to it — everyone else
 * gets "not found", so the page reveals nothing. Private notes and reviews live only here. Officials also assign
 * evaluators and publish the decision; the allowed transitions are drawn from the table the server checks.
 */
export default async function IdeaReviewPage({ params }: Props) {
  const { locale: raw, ideaId } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePageActor(locale, reviewIdeaPath(encodeURIComponent(ideaId)));
  const componentId = await findIdeaComponentId(actor.organizationId, ideaId);
  const found = componentId ? await getComponentForAdmin(actor.organizationId, componentId) : null;
  const idea = found ? await getIdeaForReview(found.component.id, ideaId) : null;
  if (!found || !idea) notFound();
  const subject = permissionSubject(found);
  if (!canReviewIdea(actor, subject, idea.assignments.map((a) => a.evaluator.id))) notFound();
  const official = canManageIdeas(actor, subject);
  const [t, tIdeas, format, customStates, evaluators, mergeTargets] = await Promise.all([
    getTranslations({ locale, namespace: 'ideas.review' }),
    getTranslations({ locale, namespace: 'ideas' }),
    getFormatter({ locale }),
    findCustomStates(found.component.id),
    official ? findSpaceEvaluators(found.space.id) : Promise.resolve([]),
    official
      ? db.idea.findMany({
          where: { componentId: found.component.id, publishedAt: { not: null }, id: { not: idea.id }, state: { notIn: ['MERGED', 'WITHDRAWN'] } },
          orderBy: { publishedAt: 'desc' },
          take: 300,
          select: { id: true, title: true },
        })
      : Promise.resolve([]),
  ]);
  const own = idea.reviews.find((r) => r.evaluator.id === actor.userId);
  const latest = idea.reviews[0];
  const stateOptions = (states: readonly (typeof IDEA_BASE_STATES)[number][]) => states.map((s) => ({ value: s, label: tIdeas(`states.${s}`) }));
  const euros = (n: number | null) => (n === null ? '—' : format.number(n, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }));
  const localized = (value: unknown) => ({ fi: '', sv: '', en: '', ...asLocalizedText(value) });
  const backHref = official ? adminIdeasPath(found.space.id, found.component.id) : REVIEW_QUEUE_PATH;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={backHref} className="text-brand-700 underline">{official ? t('backToComponent') : t('backToQueue')}</Link>
      </p>
      <article aria-labelledby="review-title" className="flex flex-col gap-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{localize(found.space.title, locale)}</p>
        <h1 id="review-title" className="text-3xl font-bold" lang={idea.locale}>{idea.title}</h1>
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <IdeaStateBadge look={stateLook(tIdeas, idea.state, idea.customState, locale)} />
          <span>{localize(idea.area.name, locale)}</span>
          {idea.theme && <span>{localize(idea.theme.name, locale)}</span>}
          {idea.publishedAt && <span>{format.dateTime(idea.publishedAt, 'long')}</span>}
          <span>{tIdeas('list.supports', { count: idea.supportCount })}</span>
        </p>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('channel')}</dt>
          <dd>{tIdeas(`channels.${idea.channel}`)}{idea.collectedPlace ? `, ${idea.collectedPlace}` : ''}{idea.collectedAt ? `, ${format.dateTime(idea.collectedAt, 'long')}` : ''}</dd>
          <dt className="font-semibold">{t('author')}</dt>
          <dd>{idea.author?.displayName ?? (idea.onBehalfName ? t('onBehalf', { name: idea.onBehalfName }) : t('anonymous'))}</dd>
          {idea.enteredBy && (
            <>
              <dt className="font-semibold">{t('enteredBy')}</dt>
              <dd>{idea.enteredBy.displayName}</dd>
            </>
          )}
          <dt className="font-semibold">{t('ageGroup')}</dt>
          <dd>{idea.ageGroup ? tIdeas(`ageGroups.${idea.ageGroup}`) : t('unknown')}</dd>
          {idea.locationText && (
            <>
              <dt className="font-semibold">{t('location')}</dt>
              <dd lang={idea.locale}>{idea.locationText}</dd>
            </>
          )}
        </dl>
        <div className="max-w-3xl whitespace-pre-line break-words" lang={idea.locale}>{idea.body}</div>
        <p>
          <Link href={publicIdeasPath(found.space.slug, found.component.id, idea.id)} className="text-brand-700 underline">{t('publicPage')}</Link>
        </p>
      </article>

      <section aria-labelledby="assignments" className="rounded border border-gray-300 p-4">
        <h2 id="assignments" className="text-xl font-bold">{t('assignments')}</h2>
        {idea.assignments.length === 0 ? (
          <p className="mt-1">{t('noAssignments')}</p>
        ) : (
          <ul className="mt-1 flex flex-col gap-1">
            {idea.assignments.map((a) => (
              <li key={a.evaluator.id} className="flex flex-wrap items-center gap-3">
                <span>{a.evaluator.displayName}{a.evaluator.serviceArea ? ` (${localize(a.evaluator.serviceArea.name, locale)})` : ''}</span>
                <span className="text-sm">{a.dueDate ? t('due', { date: format.dateTime(a.dueDate, 'long') }) : t('noDue')}</span>
                {official && <UnassignButton componentId={found.component.id} ideaId={idea.id} evaluatorId={a.evaluator.id} name={a.evaluator.displayName} label={t('unassign')} />}
              </li>
            ))}
          </ul>
        )}
        {official && (evaluators.length > 0 ? <AssignmentForm
              componentId={found.component.id}
              ideaId={idea.id}
              evaluators={evaluators.map((e) => ({ id: e.id, name: e.displayName, group: e.serviceArea ? localize(e.serviceArea.name, locale) : t('noServiceArea') }))}
            /> : <p className="mt-2 text-sm">{t('noEvaluators')}</p>)}
      </section>

      <section aria-labelledby="reviews" className="rounded border border-gray-300 p-4">
        <h2 id="reviews" className="text-xl font-bold">{t('reviews')}</h2>
        <p className="text-sm">{t('privateNote')}</p>
        {idea.reviews.length === 0 ? (
          <p className="mt-1">{t('noReviews')}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-3">
            {idea.reviews.map((r) => (
              <li key={r.evaluator.id} className="rounded bg-gray-50 p-3">
                <p className="font-semibold">{r.evaluator.displayName} · {format.dateTime(r.updatedAt, 'short')}</p>
                <dl className="grid gap-x-4 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt>{t('feasibility')}</dt>
                  <dd>{r.feasibility ? t(`feasibilities.${r.feasibility}`) : t('notAssessed')}</dd>
                  <dt>{t('cost')}</dt>
                  <dd>{euros(r.costEstimate)}</dd>
                  {r.costJustification && (<><dt>{t('costJustification')}</dt><dd className="whitespace-pre-line">{r.costJustification}</dd></>)}
                  {r.timeFrame && (<><dt>{t('timeFrame')}</dt><dd>{r.timeFrame}</dd></>)}
                  {r.proposedState && (<><dt>{t('proposedState')}</dt><dd>{tIdeas(`states.${r.proposedState}`)}</dd></>)}
                  {r.proposedAnswer && (<><dt>{t('proposedAnswer')}</dt><dd className="whitespace-pre-line">{r.proposedAnswer}</dd></>)}
                </dl>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-4">
          <ReviewForm
            componentId={found.component.id}
            ideaId={idea.id}
            states={stateOptions(IDEA_BASE_STATES.filter((s) => s !== 'WITHDRAWN'))}
            defaultValues={{
              feasibility: own?.feasibility ?? '',
              costEstimate: own?.costEstimate === null || own?.costEstimate === undefined ? '' : String(own.costEstimate),
              costJustification: own?.costJustification ?? '',
              timeFrame: own?.timeFrame ?? '',
              proposedState: own?.proposedState ?? '',
              proposedAnswer: own?.proposedAnswer ?? '',
            }}
          />
        </div>
      </section>

      <section aria-labelledby="notes" className="rounded border border-gray-300 p-4">
        <h2 id="notes" className="text-xl font-bold">{t('notes')}</h2>
        <p className="text-sm">{t('privateNote')}</p>
        {idea.notes.length === 0 ? (
          <p className="mt-1">{t('noNotes')}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2">
            {idea.notes.map((n) => (
              <li key={n.id} className="rounded bg-gray-50 p-3">
                <p className="text-sm font-semibold">{n.author?.displayName ?? t('deletedUser')} · {format.dateTime(n.createdAt, 'short')}</p>
                <p className="whitespace-pre-line">{n.body}</p>
              </li>
            ))}
          </ul>
        )}
        <NoteForm componentId={found.component.id} ideaId={idea.id} />
      </section>

      {official && (
        <section className="rounded border-2 border-brand-700 p-4">
          <DecisionForm
            componentId={found.component.id}
            ideaId={idea.id}
            states={stateOptions(officialTargets(idea.state))}
            customStates={customStates.map((c) => ({ id: c.id, baseState: c.baseState, label: localize(c.label, locale) }))}
            mergeTargets={mergeTargets}
            defaultValues={{
              state: idea.state,
              customStateId: idea.customStateId ?? '',
              mergedIntoId: idea.mergedIntoId ?? '',
              reason: localized(idea.stateReason),
              answer: Object.keys(asLocalizedText(idea.answer)).length > 0 ? localized(idea.answer) : { fi: latest?.proposedAnswer ?? '', sv: '', en: '' },
              costEstimate: idea.costEstimate !== null ? String(idea.costEstimate) : latest?.costEstimate != null ? String(latest.costEstimate) : '',
              costJustification: Object.keys(asLocalizedText(idea.costJustification)).length > 0 ? localized(idea.costJustification) : { fi: latest?.costJustification ?? '', sv: '', en: '' },
              timeFrame: Object.keys(asLocalizedText(idea.timeFrame)).length > 0 ? localized(idea.timeFrame) : { fi: latest?.timeFrame ?? '', sv: '', en: '' },
            }}
          />
        </section>
      )}

      <section aria-labelledby="history" className="rounded border border-gray-300 p-4">
        <h2 id="history" className="text-xl font-bold">{t('history')}</h2>
        <ol className="mt-2 list-decimal pl-6">
          {idea.changes.map((c) => (
            <li key={c.id}>
              {format.dateTime(c.createdAt, 'short')}: {c.fromState ? `${tIdeas(`states.${c.fromState}`)} → ` : ''}
              {c.customState ? localize(c.customState.label, locale) : tIdeas(`states.${c.toState}`)}
              {c.answered ? ` · ${t('answerPublished')}` : ''} · {c.actor?.displayName ?? t('deletedUser')}
            </li>
          ))}
        </ol>
      </section>

      {official && <TransitionGraph current={idea.state} locale={locale} />}
    </div>
  );
}
