import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requirePagePermission } from '@/lib/core/page-guards';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { canModerateAnything } from '@/lib/moderation/permissions';
import { listModerationCases, QUEUE_PAGE_SIZE } from '@/lib/moderation/queries';
import { QUEUE_TABS, type QueueTab } from '@/lib/moderation/schema';
import { canManageUsers } from '@/lib/users/permissions';
import { ModerationCase } from '@/components/moderation/moderation-case';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('moderation.admin');
  return { title: t('title') };
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The moderators' queue (issue 7): one place for everything flagged or waiting for approval in the spaces the person
 * moderates (all of them for an organization admin), by tab, a page at a time, each case with its content, flags,
 * context link and the decision form.
 */
export default async function ModerationPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePagePermission(locale, '/admin/moderation', canModerateAnything);
  const query = await searchParams;
  const tabParam = one(query.tila) ?? 'open';
  const tab: QueueTab = (QUEUE_TABS as readonly string[]).includes(tabParam) ? (tabParam as QueueTab) : 'open';
  const pageNumber = Number(one(query.sivu) ?? '1');
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 10_000 ? pageNumber : 1;
  const [t, format, queue] = await Promise.all([getTranslations('moderation.admin'), getFormatter(), listModerationCases(actor, tab, page)]);
  const pages = Math.max(1, Math.ceil(queue.total / QUEUE_PAGE_SIZE));
  if (page > pages) notFound();
  const href = (p: number) => ({ pathname: '/admin/moderation', query: { tila: tab, ...(p > 1 ? { sivu: String(p) } : {}) } });

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <nav aria-label={t('tabsLabel')} className="mt-6">
        <ul className="flex flex-wrap gap-2 border-b-2 border-gray-300">
          {QUEUE_TABS.map((name) => (
            <li key={name}>
              <Link
                href={{ pathname: '/admin/moderation', query: { tila: name } }}
                aria-current={name === tab ? 'page' : undefined}
                className={name === tab ? 'block border-b-4 border-brand-700 px-3 py-2 font-bold text-brand-800' : 'block px-3 py-2 text-brand-700 underline'}
              >
                {t(`tabs.${name}`)} ({queue.counts[name]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {queue.items.length === 0 ? (
        <p className="mt-6">{t(`empty.${tab}`)}</p>
      ) : (
        <ol className="mt-6 space-y-6">
          {queue.items.map((item) => (
            <li key={item.id}>
              <ModerationCase
                item={item}
                titleText={localize(item.content?.title, locale)}
                titleLang={localizedLang(item.content?.title, locale)}
                spaceText={localize(item.spaceTitle, locale)}
                updatedText={format.dateTime(item.updatedAt, 'dateTime')}
                decidedText={item.decidedAt ? format.dateTime(item.decidedAt, 'dateTime') : null}
                canManageAuthor={canManageUsers(actor)}
              />
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav aria-label={t('pagination')} className="mt-6 flex flex-wrap items-center gap-4">
          {page > 1 && <Link href={href(page - 1)} className="text-brand-700 underline">{t('previous')}</Link>}
          <span>{t('pageOf', { page, pages })}</span>
          {page < pages && <Link href={href(page + 1)} className="text-brand-700 underline">{t('next')}</Link>}
        </nav>
      )}
    </div>
  );
}
