import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localize, localizedLang } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import type { IdeaListItem } from '@/lib/ideas/list-queries';
import { publicIdeasPath } from '@/lib/ideas/paths';
import { ResourceImage } from '@/components/images/resource-image';
import { IdeaStateBadge, stateLook } from './state-badge';

/**
 * A page of ideas as a list of articles: title (the link), state, area and theme, an excerpt, supports (where the
 * component shows them) and comments. The same for every reader (ADR 021).
 */
export async function IdeaList({ ideas, spaceSlug, componentId, showSupports, locale }: {
  ideas: IdeaListItem[];
  spaceSlug: string;
  componentId: string;
  showSupports: boolean;
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'ideas' }), getFormatter({ locale })]);
  return (
    <ul className="mt-4 grid gap-4 md:grid-cols-2">
      {ideas.map((idea) => (
        <li key={idea.id}>
          <article aria-labelledby={`idea-${idea.id}`} className="flex h-full flex-col gap-2 rounded border border-gray-300 p-4">
            {idea.image && <ResourceImage image={idea.image} locale={locale} sizes="(min-width: 768px) 24rem, 100vw" className="max-h-40 w-full rounded object-cover" />}
            <h2 id={`idea-${idea.id}`} className="text-xl font-bold" lang={idea.locale}>
              <Link href={publicIdeasPath(spaceSlug, componentId, idea.id)} className="text-brand-700 underline">
                {idea.title}
              </Link>
            </h2>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <IdeaStateBadge look={stateLook(t, idea.state, idea.customState, locale)} />
              <span lang={localizedLang(idea.area.name, locale)}>{localize(idea.area.name, locale)}</span>
              {idea.theme && (
                <>
                  <span aria-hidden="true">·</span>
                  <span lang={localizedLang(idea.theme.name, locale)}>{localize(idea.theme.name, locale)}</span>
                </>
              )}
            </p>
            <p className="line-clamp-3 text-sm" lang={idea.locale}>
              {idea.body}
            </p>
            <p className="mt-auto flex flex-wrap gap-x-4 text-sm text-muted">
              {showSupports && <span>{t('list.supports', { count: idea.supportCount })}</span>}
              <span>{t('list.comments', { count: idea.commentCount })}</span>
              {idea.publishedAt && <span>{format.dateTime(idea.publishedAt, 'short')}</span>}
              {idea.channel !== 'ONLINE' && <span>{t(`channels.${idea.channel}`)}</span>}
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
