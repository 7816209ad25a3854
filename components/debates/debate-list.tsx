import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localize, localizedLang } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import type { DebateListItem } from '@/lib/debates/queries';
import { publicDebatesPath } from '@/lib/debates/paths';
import { DebateMeta } from './debate-meta';

/**
 * A list of public debates: title linking to the debate, badges (opened by the city, closed), who started it and
 * when, its areas and its number of comments.
 */
export async function DebateList({ debates, space, componentId, organizationName, locale }: {
  debates: DebateListItem[];
  space: { slug: string };
  componentId: string;
  organizationName: unknown;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'debates.public' });
  return (
    <ul className="mt-4 space-y-4">
      {debates.map((debate) => (
        <li key={debate.id} className="rounded border border-gray-300 p-4">
          <h2 className="text-xl font-semibold" lang={localizedLang(debate.title, locale)}>
            <Link href={publicDebatesPath(space.slug, componentId, debate.id)} className="break-words text-brand-700 underline hover:text-brand-800">
              {localize(debate.title, locale)}
            </Link>
          </h2>
          <DebateMeta debate={debate} organizationName={organizationName} locale={locale} className="mt-1" />
          <p className="mt-2 text-sm font-medium">{t('comments', { count: debate.commentCount })}</p>
        </li>
      ))}
    </ul>
  );
}
