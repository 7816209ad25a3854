import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { getActor } from '@/lib/auth/current-actor';
import { getCurrentOrganization } from '@/lib/organization/current';
import { findHomeContent } from '@/lib/home/queries';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { isLocale, defaultLocale } from '@/lib/i18n/config';
import { SharedWithResidents } from '@/components/layout/shared-with-residents';
import { NewsList } from '@/components/news/news-list';
import { findLatestVisiblePosts } from '@/lib/news/queries';

/** How many of the newest posts the front page's "Ajankohtaista" shows. */
const HOME_NEWS_COUNT = 5;

export const dynamic = 'force-dynamic';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const [t, format, org, actor] = await Promise.all([
    getTranslations('home'),
    getFormatter(),
    getCurrentOrganization(),
    getActor(),
  ]);
  const [{ processes, assemblies, areas, upcoming }, news] = await Promise.all([
    findHomeContent(org.id, actor),
    findLatestVisiblePosts(actor, org.id, { take: HOME_NEWS_COUNT }),
  ]);
  const neighbourhoods = areas.filter((a) => a.kind !== 'RURAL_AREA');
  const rural = areas.filter((a) => a.kind === 'RURAL_AREA');

  return (
    <div className="space-y-12">
      <SharedWithResidents />
      <section aria-labelledby="home-title" className="rounded-lg bg-brand-50 p-5 sm:p-8">
        <h1 id="home-title" className="text-3xl font-bold md:text-4xl">
          {t('title', { organization: localize(org.name, locale) })}
        </h1>
        <p className="mt-3 max-w-3xl text-lg">{t('intro')}</p>
        <p className="signed-out-only mt-5 flex flex-wrap gap-3">
          <Link href="/register" className="max-w-full rounded bg-brand-700 px-5 py-2 font-semibold text-white wrap-anywhere">{t('register')}</Link>
          <Link href="/spaces" className="max-w-full rounded border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800 wrap-anywhere">{t('browse')}</Link>
        </p>
      </section>

      <section aria-labelledby="home-news">
        <h2 id="home-news" className="text-2xl font-bold">{t('news')}</h2>
        {news.length === 0 ? <p className="mt-3">{t('noNews')}</p> : <NewsList posts={news} locale={locale} showSpace />}
      </section>

      <section aria-labelledby="open-processes">
        <h2 id="open-processes" className="text-2xl font-bold">{t('openProcesses')}</h2>
        {processes.length === 0 ? (
          <p className="mt-3">{t('noProcesses')}</p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {processes.map((p) => {
              const active = p.phases[0];
              return (
                <li key={p.id} className="rounded border border-gray-300 p-5">
                  <h3 className="text-xl font-semibold" lang={localizedLang(p.title, locale)}>
                    <Link href={`/spaces/${p.slug}`} className="text-brand-700 underline">{localize(p.title, locale)}</Link>
                  </h3>
                  {p.subtitle ? <p className="mt-1" lang={localizedLang(p.subtitle, locale)}>{localize(p.subtitle, locale)}</p> : null}
                  {active && (
                    <p className="mt-3">
                      <span className="font-semibold">{t('activePhase')}: </span>
                      <span lang={localizedLang(active.title, locale)}>{localize(active.title, locale)}</span>
                      {active.endDate && <> ({t('until', { date: format.dateTime(active.endDate, 'long') })})</>}
                    </p>
                  )}
                  {p.areas.length > 0 && (
                    <p className="mt-2 text-sm text-muted">
                      {t('areas')}: {p.areas.map((a) => localize(a.area.name, locale)).join(', ')}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="text-2xl font-bold">{t('upcoming')}</h2>
        {upcoming.length === 0 ? (
          <p className="mt-3">{t('noUpcoming')}</p>
        ) : (
          <ul className="mt-4 space-y-2">
            {upcoming.map((ph) => (
              <li key={ph.id}>
                <span className="font-semibold">{ph.startDate ? format.dateTime(ph.startDate, 'long') : ''}</span>{' '}
                <span lang={localizedLang(ph.title, locale)}>{localize(ph.title, locale)}</span> –{' '}
                <Link href={`/spaces/${ph.space.slug}`} className="text-brand-700 underline">{localize(ph.space.title, locale)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="home-areas">
        <h2 id="home-areas" className="text-2xl font-bold">{t('areasTitle')}</h2>
        <p className="mt-2">{t('areasIntro')}</p>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="text-lg font-semibold">{t('neighbourhoods')}</h3>
            <ul className="mt-2 flex flex-wrap gap-2">
              {neighbourhoods.map((a) => (
                <li key={a.slug}><Link href={`/areas/${a.slug}`} className="inline-block rounded border border-brand-700 px-3 py-1 text-brand-800 underline">{localize(a.name, locale)}</Link></li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="text-lg font-semibold">{t('ruralAreas')}</h3>
            <ul className="mt-2 flex flex-wrap gap-2">
              {rural.map((a) => (
                <li key={a.slug}><Link href={`/areas/${a.slug}`} className="inline-block rounded border border-brand-700 px-3 py-1 text-brand-800 underline">{localize(a.name, locale)}</Link></li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section aria-labelledby="home-assemblies">
        <h2 id="home-assemblies" className="text-2xl font-bold">{t('assemblies')}</h2>
        <p className="mt-2">{t('assembliesIntro')}</p>
        <ul className="mt-4 grid gap-2 md:grid-cols-3">
          {assemblies.map((a) => (
            <li key={a.id}>
              <Link href={`/spaces/${a.slug}`} className="text-brand-700 underline" lang={localizedLang(a.title, locale)}>{localize(a.title, locale)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
