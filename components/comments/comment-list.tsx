import { getFormatter, getTranslations } from 'next-intl/server';
import { commentAnchor, COMMENT_FOCUS_PARAM } from '@/lib/comments/paths';
import type { ThreadComment } from '@/lib/comments/thread-queries';
import { Link } from '@/lib/i18n/navigation';
import { CommentActions } from './comment-actions';

/**
 * Comments and their replies as nested lists. A deleted or hidden comment keeps its place and its replies, with a
 * placeholder instead of its text; a comment of a deleted account shows "poistettu käyttäjä". Texts are plain text
 * rendered by React (a script in a comment stays text). Official answers carry a badge with the writer's role.
 */
export async function CommentList({ comments, resourcePath }: { comments: readonly ThreadComment[]; resourcePath: string }) {
  const [t, tSection, format] = await Promise.all([getTranslations('comments.comment'), getTranslations('comments.section'), getFormatter()]);

  function render(list: readonly ThreadComment[], nested: boolean) {
    return (
      <ol className={nested ? 'mt-3 space-y-3 border-l-2 border-gray-300 pl-4' : 'mt-6 space-y-6'} aria-label={nested ? t('repliesTo') : undefined}>
        {list.map((c) => {
          const visible = c.state === 'VISIBLE';
          const official = visible && c.officialRole !== null;
          return (
            <li key={c.id}>
              <article id={commentAnchor(c.id)} className={official ? 'rounded border-l-4 border-brand-700 bg-brand-50 p-3' : 'p-1'}>
                {visible ? (
                  <>
                    <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
                      <span className="font-semibold text-base">{c.authorName ?? t('deletedUser')}</span>
                      {official && (
                        <span className="rounded bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
                          {t('official')} · {t(`roles.${c.officialRole}`)}
                        </span>
                      )}
                      {c.alignment && <span className="rounded border border-gray-500 px-2 py-0.5 text-xs font-semibold">{t(`alignment.${c.alignment}`)}</span>}
                      <time dateTime={c.createdAt.toISOString()} className="text-muted">{format.dateTime(c.createdAt, 'dateTime')}</time>
                      {c.edited && <span className="text-muted">({t('edited')})</span>}
                    </p>
                    <p lang={c.locale} className="mt-1 whitespace-pre-line break-words">{c.body}</p>
                  </>
                ) : (
                  <p className="italic text-muted">{c.state === 'DELETED' ? t('deleted') : t('hidden')}</p>
                )}
                <CommentActions id={c.id} depth={c.depth} upvoteCount={c.upvoteCount} upvoteText={t('upvotes', { count: c.upvoteCount })} visible={visible} />
              </article>
              {c.replies.length > 0 && render(c.replies, true)}
              {c.replyCount > c.replies.length && (
                <p className="mt-2 pl-4">
                  <Link href={{ pathname: resourcePath, query: { [COMMENT_FOCUS_PARAM]: c.id }, hash: commentAnchor(c.id) }} className="text-brand-700 underline">
                    {tSection('allReplies', { count: c.replyCount })}
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    );
  }

  return render(comments, false);
}
