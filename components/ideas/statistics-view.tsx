import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import { asLocalizedText, localize } from '@/lib/core/localized-text';
import { adminIdeasPath } from '@/lib/ideas/paths';
import { findSpaceAreas } from '@/lib/ideas/queries';
import type { IdeasPhaseSettings, IdeasSettings } from '@/lib/ideas/settings';
import { areaSummary, ideaStatistics, type StatisticsTable } from '@/lib/ideas/statistics';
import { SMALL_GROUP } from '@/lib/ideas/small-counts';
import { PrintButton } from './print-button';

type Context = ComponentContext<IdeasSettings, IdeasPhaseSettings>;

/** "Who has been heard": published ideas by area, age group, channel and state, small groups as "under 5". */
export async function IdeaStatisticsView({ component, space, locale }: Context) {
  const [t, tIdeas, stats] = await Promise.all([getTranslations({ locale, namespace: 'ideas.statistics' }), getTranslations({ locale, namespace: 'ideas' }), ideaStatistics(component.id, space.id)]);
  const label = (kind: 'areas' | 'ageGroups' | 'channels' | 'states', key: string, value: unknown) => {
    if (kind === 'areas') return localize(value, locale);
    if (kind === 'ageGroups') return key === 'unknown' ? t('unknownAge') : tIdeas(`ageGroups.${key}`);
    if (kind === 'channels') return tIdeas(`channels.${key}`);
    return tIdeas(`states.${key}`);
  };
  const render = (kind: 'areas' | 'ageGroups' | 'channels' | 'states', data: StatisticsTable) => (
    <table className="mt-2 w-full max-w-xl border-collapse text-left">
      <caption className="text-left text-xl font-bold">{t(kind)}</caption>
      <thead>
        <tr className="border-b-2 border-gray-400">
          <th scope="col" className="py-1 pr-4">{t(`${kind}Column`)}</th>
          <th scope="col" className="py-1 text-right">{t('ideas')}</th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.key} className="border-b border-gray-300">
            <th scope="row" className="py-1 pr-4 font-normal">{label(kind, row.key, row.label)}</th>
            <td className="py-1 text-right">{row.count.hidden ? t('underFive', { n: SMALL_GROUP }) : row.count.value}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="py-1 pr-4">{t('total')}</th>
          <td className="py-1 text-right font-bold">{data.total}</td>
        </tr>
      </tfoot>
    </table>
  );
  return (
    <div className="flex flex-col gap-6">
      <p className="print:hidden"><Link href={adminIdeasPath(space.id, component.id)} className="text-brand-700 underline">{t('back')}</Link></p>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="max-w-3xl">{t('intro', { n: SMALL_GROUP })}</p>
      {render('channels', stats.channels)}
      {render('ageGroups', stats.ageGroups)}
      {render('areas', stats.areas)}
      {render('states', stats.states)}
      <PrintButton label={t('print')} />
    </div>
  );
}

/** The committee's printable summary of one area (?alue=<id>; the space's first area by default). */
export async function IdeaSummaryView({ component, space, locale, searchParams }: Context) {
  const [t, tIdeas, format, areas] = await Promise.all([
    getTranslations({ locale, namespace: 'ideas.summary' }),
    getTranslations({ locale, namespace: 'ideas' }),
    getFormatter({ locale }),
    findSpaceAreas(space.id),
  ]);
  const wanted = typeof searchParams.alue === 'string' ? searchParams.alue : null;
  const area = areas.find((a) => a.id === wanted) ?? areas[0];
  if (!area) return <p>{t('noAreas')}</p>;
  const summary = await areaSummary(component.id, area.id);
  const euros = (n: number) => format.number(n, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const text = (v: unknown) => asLocalizedText(v)[locale] ?? asLocalizedText(v).fi ?? '';
  return (
    <article aria-labelledby="summary-title" className="flex flex-col gap-4">
      <p className="print:hidden"><Link href={adminIdeasPath(space.id, component.id)} className="text-brand-700 underline">{t('back')}</Link></p>
      <h1 id="summary-title" className="text-3xl font-bold">{t('title', { area: localize(area.name, locale) })}</h1>
      <p>{localize(space.title, locale)} – {localize(component.name, locale)} · {t('printed', { date: format.dateTime(new Date(), 'long') })}</p>
      {areas.length > 1 && (
        <form method="get" className="flex items-end gap-2 print:hidden">
          <div className="flex flex-col">
            <label htmlFor="summary-area" className="text-sm font-semibold">{t('area')}</label>
            <select id="summary-area" name="alue" defaultValue={area.id} className="rounded border border-gray-500 px-2 py-1">
              {areas.map((a) => <option key={a.id} value={a.id}>{localize(a.name, locale)}</option>)}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">{t('show')}</button>
        </form>
      )}
      <p className="font-semibold">{t('total', { count: summary.total })}</p>
      {summary.byState.map((group) => (
        <section key={group.state} aria-labelledby={`summary-${group.state}`} className="break-inside-avoid-page">
          <h2 id={`summary-${group.state}`} className="text-2xl font-bold">
            {tIdeas(`states.${group.state}`)} ({group.ideas.length}){group.cost > 0 ? ` · ${t('costs', { sum: euros(group.cost) })}` : ''}
          </h2>
          {/* Wide tables scroll on a narrow screen (WCAG 1.4.10 allows two-dimensional content to). */}
          <div className="overflow-x-auto">
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <caption className="sr-only">{tIdeas(`states.${group.state}`)}</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-1 pr-3">{t('idea')}</th>
                <th scope="col" className="py-1 pr-3 text-right">{t('supports')}</th>
                <th scope="col" className="py-1 pr-3 text-right">{t('cost')}</th>
                <th scope="col" className="py-1">{t('answer')}</th>
              </tr>
            </thead>
            <tbody>
              {group.ideas.map((idea) => (
                <tr key={idea.id} className="border-b border-gray-300 align-top">
                  <th scope="row" className="py-1 pr-3 font-normal" lang={idea.locale}>{idea.title}{idea.channel !== 'ONLINE' ? ` (${tIdeas(`channels.${idea.channel}`)})` : ''}</th>
                  <td className="py-1 pr-3 text-right">{idea.supportCount}</td>
                  <td className="py-1 pr-3 text-right">{idea.costEstimate !== null ? euros(idea.costEstimate) : '–'}</td>
                  <td className="py-1">{text(idea.answer) || text(idea.stateReason) || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </section>
      ))}
      <PrintButton label={t('print')} />
    </article>
  );
}
