import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localize, localizedLang } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import type { DebatePageItem } from '@/lib/debates/queries';
import { EDIT_OWN_DEBATE_SEGMENT, publicDebatesPath } from '@/lib/debates/paths';
import { DEBATE_RESOURCE } from '@/lib/debates/resource';
import { FollowControl } from '@/components/follows/follow-control';
import { MarkdownContent } from '@/components/pages/markdown-content';
import { DebateMeta } from './debate-meta';
import { DebateOwnerTools } from './debate-owner-tools';

export type DebateDetailProps = {
  debate: DebatePageItem;
  /** Where the debate lives, for its links. */
  space: { slug: string };
  component: { id: string; name: unknown };
  organizationName: unknown;
  locale: Locale;
  /** The comment thread (components/comments/), placed after the description. */
  comments?: ReactNode;
};

/**
 * One debate's page as an <article>: title, who opened it and when, its areas; when closed, the conclusion at the top;
 * the description (an official's Markdown, a resident's plain text); follow. The comment thread goes right after the
 * description. The same HTML for every reader who may see the debate (ADR 021): the author's "edit"
 * link comes from the browser (DebateOwnerTools). A pending or hidden debate, seen only by its author or moderators,
 * says so.
 */
export async function DebateDetail({ debate, space, component, organizationName, locale, comments }: DebateDetailProps) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'debates.public' }), getFormatter({ locale })]);
  const componentName = localize(component.name, locale);
  const path = publicDebatesPath(space.slug, component.id, debate.id);
  const description = localize(debate.description, locale);
  const descriptionLang = localizedLang(debate.description, locale);
  const ownerTools = !debate.isOfficial && !debate.closedAt && debate.moderationState !== 'HIDDEN';

  return (
    <article aria-labelledby="debate-title">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted" lang={localizedLang(component.name, locale)}>
        {componentName}
      </p>
      <h1 id="debate-title" lang={localizedLang(debate.title, locale)} className="text-3xl font-bold">
        {localize(debate.title, locale)}
      </h1>
      <DebateMeta debate={debate} organizationName={organizationName} locale={locale} className="mt-2" />

      {debate.moderationState === 'PENDING' && (
        <p role="note" className="mt-4 rounded border-2 border-gray-600 bg-gray-100 px-4 py-3 font-medium">
          {t('pending')}
        </p>
      )}
      {debate.moderationState === 'HIDDEN' && (
        <p role="note" className="mt-4 rounded border-2 border-danger bg-red-50 px-4 py-3 font-medium">
          {t('hiddenForModerators')}
        </p>
      )}

      {debate.closedAt && (
        <section aria-labelledby="debate-conclusion" className="mt-6 rounded border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
          <h2 id="debate-conclusion" className="text-xl font-bold text-brand-800">
            {t('closedHeading')}
          </h2>
          <p className="mt-1 text-sm">
            {t('closedOn', { date: format.dateTime(debate.closedAt, 'long') })}
          </p>
          {localize(debate.conclusion, locale) && (
            <>
              <h3 className="mt-3 font-bold">{t('conclusion')}</h3>
              <MarkdownContent className="mt-1" topHeadingLevel={4} source={localize(debate.conclusion, locale)} lang={localizedLang(debate.conclusion, locale)} />
            </>
          )}
        </section>
      )}

      {debate.moderationState === 'VISIBLE' && (
        <div className="mt-4">
          <FollowControl target={{ type: DEBATE_RESOURCE, id: debate.id }} locale={locale} returnTo={path} />
        </div>
      )}

      {debate.isOfficial ? (
        <MarkdownContent className="mt-6" source={description} lang={descriptionLang} />
      ) : (
        <div className="mt-6 max-w-3xl whitespace-pre-line break-words" lang={descriptionLang}>
          {description}
        </div>
      )}

      {ownerTools && (
        <DebateOwnerTools
          componentId={component.id}
          debateId={debate.id}
          editHref={publicDebatesPath(space.slug, component.id, debate.id, EDIT_OWN_DEBATE_SEGMENT)}
          label={t('editOwn')}
        />
      )}

      {comments}

      <p className="mt-8">
        <Link href={publicDebatesPath(space.slug, component.id)} className="text-brand-700 underline">
          {t('backToList', { component: componentName })}
        </Link>
      </p>
    </article>
  );
}

/** The page of a debate a moderator hid, for those who may not see it: it existed, its content is not shown. */
export async function HiddenDebatePlaceholder({ space, component, locale }: Pick<DebateDetailProps, 'space' | 'component' | 'locale'>) {
  const t = await getTranslations({ locale, namespace: 'debates.public' });
  return (
    <article aria-labelledby="debate-title">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted" lang={localizedLang(component.name, locale)}>
        {localize(component.name, locale)}
      </p>
      <h1 id="debate-title" className="text-3xl font-bold">
        {t('hiddenTitle')}
      </h1>
      <p className="mt-4">{t('hiddenText')}</p>
      <p className="mt-8">
        <Link href={publicDebatesPath(space.slug, component.id)} className="text-brand-700 underline">
          {t('backToList', { component: localize(component.name, locale) })}
        </Link>
      </p>
    </article>
  );
}
