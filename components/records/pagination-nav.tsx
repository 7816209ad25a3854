import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

type Query = Record<string, string | undefined>;

/**
 * Previous/next navigation for paginated admin lists. Links keep the current filters; the page count is said
 * in words so a screen reader user knows where they are.
 */
export async function PaginationNav({ pathname, query, page, pageCount }: { pathname: string; query: Query; page: number; pageCount: number }) {
  if (pageCount <= 1 && page <= 1) return null;
  const t = await getTranslations('common.pagination');
  const hrefFor = (p: number) => {
    const q: Record<string, string> = {};
    for (const [k, v] of Object.entries(query)) if (v) q[k] = v;
    if (p > 1) q.page = String(p);
    else delete q.page;
    return { pathname, query: q };
  };
  const linkClass = 'rounded border border-brand-700 px-3 py-1 font-medium text-brand-700 underline hover:bg-brand-50';
  return (
    <nav aria-label={t('label')} className="mt-6">
      <ul className="flex flex-wrap items-center gap-4">
        {page > 1 && (
          <li>
            <Link href={hrefFor(Math.min(page - 1, pageCount))} className={linkClass}>
              {t('previous')}
            </Link>
          </li>
        )}
        <li aria-current="page">{t('page', { page, pages: Math.max(page, pageCount) })}</li>
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} className={linkClass}>
              {t('next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
