import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { QueueItem } from '@/lib/moderation/queries';
import { FLAG_REASONS, type Decision } from '@/lib/moderation/schema';
import { DecisionForm } from './decision-form';

/** Which decisions fit content as it stands (the server checks the same in lib/moderation/decide.ts). */
function decisionsFor(item: QueueItem): Decision[] {
  const content = item.content;
  if (!content) return [];
  if (content.state === 'PENDING') return content.deleted ? ['reject'] : ['approve', 'reject'];
  if (content.deleted) return content.state === 'HIDDEN' ? [] : ['hide'];
  return content.state === 'HIDDEN' ? ['restore', 'hide'] : ['hide', 'restore'];
}

/** One case of the queue: what was written, where, by whom, the flags by reason and the decision form. */
export async function ModerationCase({
  item,
  titleText,
  titleLang,
  spaceText,
  updatedText,
  decidedText,
  canManageAuthor,
}: {
  item: QueueItem;
  titleText: string;
  titleLang: string | undefined;
  spaceText: string;
  updatedText: string;
  decidedText: string | null;
  canManageAuthor: boolean;
}) {
  const [t, tReasons] = await Promise.all([getTranslations('moderation.admin'), getTranslations('moderation.reasons')]);
  const content = item.content;
  const typeLabel = t.has(`targetTypes.${item.targetType}`) ? t(`targetTypes.${item.targetType}`) : t('targetTypes.other');
  const headingId = `case-${item.id}`;
  const autoHidden = item.state === 'OPEN' && content?.state === 'HIDDEN';
  return (
    <article aria-labelledby={headingId} className="rounded border-2 border-gray-300 p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {typeLabel} · <span lang={titleLang}>{titleText}</span>
      </h2>
      <p className="text-sm text-muted">
        {t('in', { title: titleText, space: spaceText })} · <time>{updatedText}</time>
      </p>
      <p className="mt-1 text-sm">
        {content && <span className="mr-2 rounded border border-gray-500 px-2 py-0.5 font-semibold">{t(`states.${content.state}`)}</span>}
        {autoHidden && <span className="font-semibold text-danger">{t('autoHidden')}</span>}
      </p>
      {!content ? (
        <p className="mt-3 italic">{t('missing')}</p>
      ) : content.deleted ? (
        <p className="mt-3 italic">{t('deletedByAuthor')}</p>
      ) : (
        <blockquote className="mt-3 whitespace-pre-line break-words border-l-4 border-gray-400 pl-3">{content.text}</blockquote>
      )}
      <p className="mt-2 text-sm">
        {item.author ? t('author', { name: item.author.displayName }) : t('authorDeleted')}
        {item.author?.blocked && <> ({t('authorBlocked')})</>}
        {item.author && canManageAuthor && (
          <>
            {' · '}
            <Link href={`/admin/users/${item.author.id}`} className="text-brand-700 underline">{t('manageAuthor')}</Link>
          </>
        )}
        {content && (
          <>
            {' · '}
            <Link href={content.path} className="text-brand-700 underline">{t('context')}</Link>
          </>
        )}
      </p>
      {item.flagCount > 0 && (
        <div className="mt-3">
          <p className="font-semibold">
            {t('flags', { count: item.flagCount })}
            {item.decidedAt && item.flagsSinceDecision > 0 && <> ({t('flagsSince', { count: item.flagsSinceDecision })})</>}
          </p>
          <ul className="ml-5 list-disc text-sm">
            {FLAG_REASONS.filter((r) => item.flagsByReason[r] > 0).map((r) => (
              <li key={r}>{t(`flagReasons.${r}`)}: {item.flagsByReason[r]}</li>
            ))}
          </ul>
          {item.flagDetails.length > 0 && (
            <>
              <p className="mt-2 text-sm font-semibold">{t('flagDetails')}</p>
              <ul className="ml-5 list-disc text-sm">
                {item.flagDetails.map((d, i) => (
                  <li key={i} className="break-words">{d}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {decidedText && item.decisionReason && (
        <p className="mt-2 text-sm">
          {t('lastDecision', { date: decidedText, reason: tReasons.has(item.decisionReason) ? tReasons(item.decisionReason) : item.decisionReason })}
          {item.decisionNote && <> — {item.decisionNote}</>}
        </p>
      )}
      {decisionsFor(item).length > 0 && (
        // Restoring content that is still public means keeping it: the flags are dismissed.
        <DecisionForm moderationId={item.id} decisions={decisionsFor(item).map((d) => ({ value: d, label: t(`decisions.${d === 'restore' && content?.state === 'VISIBLE' ? 'keep' : d}`) }))} />
      )}
    </article>
  );
}
