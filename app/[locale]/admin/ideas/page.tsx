import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/core/page-guards';
import { localize } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { canUseIdeasDesk } from '@/lib/ideas/desk-permissions';
import { findComponentsForInPersonEntry, findManagedIdeaComponents } from '@/lib/ideas/desk-queries';
import { adminIdeasPath, REVIEW_QUEUE_PATH, reviewIdeaPath } from '@/lib/ideas/paths';
import { findReviewQueue } from '@/lib/ideas/review-queries';
import { IdeaStateBadge, stateLook } from '@/components/ideas/state-badge';

type Props = { params: Promise<{ locale: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ideas.desk');
  return { title: t('title') };
}

/**
 * The ideas desk: the components an official manages (their tables, statistics and summaries), an evaluator's queue
 * of ideas assigned to them (soonest due first, reviewed or not), and — for staff and coordinators — where to enter
 * ideas collected in person or on paper.
 */
export default async function IdeasDeskPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePagePermission(locale, REVIEW_QUEUE_PATH, canUseIdeasDesk);
  const [t, tIdeas, format, queue, components, managed] = await Promise.all([
    getTranslations({ locale, namespace: 'ideas.desk' }),
    getTranslations({ locale, namespace: 'ideas' }),
    getFormatter({ locale }),
    findReviewQueue(actor),
    findComponentsForInPersonEntry(actor),
    findManagedIdeaComponents(actor),
  ]);
  const today = new Date(new Date().toISOString().slice(0, 10));
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {managed.length > 0 && (
        <section aria-labelledby="managed">
          <h2 id="managed" className="text-2xl font-bold">{t('managed')}</h2>
          <ul className="mt-2 flex flex-col gap-2">
            {managed.map((c) => (
              <li key={c.id}>
                <Link href={adminIdeasPath(c.spaceId, c.id)} className="font-semibold text-brand-700 underline">
                  {localize(c.space.title, locale)} – {localize(c.name, locale)}
                </Link>
                <span className="ml-2">{t('managedCounts', { published: c.published, unassigned: c.unassigned })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="queue">
        <h2 id="queue" className="text-2xl font-bold">{t('queue')}</h2>
        {queue.length === 0 ? (
          <p className="mt-2">{t('queueEmpty')}</p>
        ) : (
          <table className="mt-2 w-full border-collapse text-left">
            <caption className="sr-only">{t('queue')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-2 pr-4">{t('idea')}</th>
                <th scope="col" className="py-2 pr-4">{t('space')}</th>
                <th scope="col" className="py-2 pr-4">{t('state')}</th>
                <th scope="col" className="py-2 pr-4">{t('due')}</th>
                <th scope="col" className="py-2 pr-4">{t('reviewed')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((row) => (
                <tr key={row.idea.id} className="border-b border-gray-300">
                  <td className="py-2 pr-4">
                    <Link href={reviewIdeaPath(row.idea.id)} className="font-semibold text-brand-700 underline">{row.idea.title}</Link>
                  </td>
                  <td className="py-2 pr-4">{localize(row.idea.component.space.title, locale)} · {localize(row.idea.area.name, locale)}</td>
                  <td className="py-2 pr-4"><IdeaStateBadge look={stateLook(tIdeas, row.idea.state, row.idea.customState, locale)} /></td>
                  <td className="py-2 pr-4">
                    {row.dueDate ? format.dateTime(row.dueDate, 'long') : t('noDue')}
                    {row.dueDate && row.dueDate < today && row.idea.reviews.length === 0 && <strong className="ml-2 text-danger">{t('overdue')}</strong>}
                  </td>
                  <td className="py-2 pr-4">{row.idea.reviews[0] ? format.dateTime(row.idea.reviews[0].updatedAt, 'short') : t('notYet')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {components.length > 0 && (
        <section aria-labelledby="in-person">
          <h2 id="in-person" className="text-2xl font-bold">{t('inPerson')}</h2>
          <p className="mt-1 max-w-3xl">{t('inPersonIntro')}</p>
          <ul className="mt-2 list-disc pl-6">
            {components.map((c) => (
              <li key={c.id}>
                <Link href={`${REVIEW_QUEUE_PATH}/in-person/${c.id}`} className="text-brand-700 underline">
                  {localize(c.space.title, locale)} – {localize(c.name, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
