import { getTranslations } from 'next-intl/server';
import type { ActionAvailability } from '@/lib/core/components/action-availability';
import type { ResourceRef } from '@/lib/core/resources/resource-visibility';
import { COMMENT_FOCUS_PARAM } from '@/lib/comments/paths';
import { COMMENT_SORTS, type CommentSort } from '@/lib/comments/schema';
import { readThread, type ThreadComment } from '@/lib/comments/thread-queries';
import { ActionNotice } from '@/components/component-views/action-notice';
import { ClientMessages } from '@/components/layout/client-messages';
import { Link } from '@/lib/i18n/navigation';
import { CommentForm } from './comment-form';
import { CommentList } from './comment-list';
import { CommentViewer } from './comment-viewer';

export const SORT_PARAM = 'jarjestys';
export const CURSOR_PARAM = 'jatka';
const SECTION_ID = 'kommentit';

function param(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v.length <= 400 ? v : null;
}

function readSort(value: string | null): CommentSort {
  return (COMMENT_SORTS as readonly string[]).includes(value ?? '') ? (value as CommentSort) : 'oldest';
}

function idsOf(comments: readonly ThreadComment[]): string[] {
  return comments.flatMap((c) => [c.id, ...idsOf(c.replies)]);
}

/**
 * The comment thread under a resource (issue 7), for every kind that takes comments: a page of comments by the
 * chosen order with their first replies three levels deep, "show more" by cursor, or one comment's part of the
 * thread (?kommentti=). Rendered the same for everyone who may see the resource (ADR 021); the form and each
 * person's own marks (upvoted, theirs to edit, flagged) come from the browser (./comment-viewer.tsx). Plain links
 * for sorting and paging, so the thread reads and pages without JavaScript.
 */
export async function CommentSection({
  resource,
  resourcePath,
  availability,
  closed,
  alignmentEnabled,
  searchParams,
}: {
  resource: ResourceRef;
  /** The resource's public path without the locale (the locale-aware Link adds it). */
  resourcePath: string;
  availability: ActionAvailability;
  /** Closed for comments whatever the phase allows (a closed debate). */
  closed: boolean;
  alignmentEnabled: boolean;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const sort = readSort(param(searchParams[SORT_PARAM]));
  const focusId = param(searchParams[COMMENT_FOCUS_PARAM]);
  const [t, thread] = await Promise.all([
    getTranslations('comments.section'),
    readThread(resource, { sort, cursor: param(searchParams[CURSOR_PARAM]), focusId: focusId && /^[a-z0-9]{1,40}$/.test(focusId) ? focusId : null }),
  ]);
  const shown = thread.focus ? [thread.focus] : thread.comments;
  // Signed-in residents may write when the action is open to them, or open but for signing in (a shared page).
  const openToSignedIn = !closed && (availability.available || availability.reason === 'signInRequired');
  const query = (extra: Record<string, string>) => ({ pathname: resourcePath, query: extra, hash: SECTION_ID });

  return (
    <section aria-labelledby={SECTION_ID} className="mt-10 border-t-2 border-gray-300 pt-6">
      <h2 id={SECTION_ID} className="text-2xl font-bold">
        {t('heading')} <span className="text-lg font-normal text-muted">({t('count', { count: thread.total })})</span>
      </h2>
      <ClientMessages paths={['comments']}>
        <CommentViewer resource={resource} commentIds={idsOf(shown)} open={openToSignedIn} alignmentEnabled={alignmentEnabled}>
          <div className="mt-4">
            {openToSignedIn ? (
              // The same structure for the shared copy (signed out, ADR 021) and a signed-in render, so that the form
              // keeps its state (the outcome message) when the page refreshes after posting.
              <>
                <div className="signed-out-only">
                  {!availability.available && <ActionNotice action="comment" availability={availability} returnTo={resourcePath} />}
                </div>
                <div className="signed-in-only">
                  <CommentForm />
                </div>
              </>
            ) : closed ? (
              <p className="rounded border-2 border-gray-400 bg-gray-50 px-4 py-3">{t('closed')}</p>
            ) : (
              <ActionNotice action="comment" availability={availability} returnTo={resourcePath} />
            )}
          </div>

          {thread.focus ? (
            <div className="mt-6">
              <p>
                <Link href={query({})} className="text-brand-700 underline">{t('backToThread')}</Link>
              </p>
              <h3 className="mt-4 text-xl font-semibold">{t('focusHeading')}</h3>
              <CommentList comments={[thread.focus]} resourcePath={resourcePath} />
            </div>
          ) : (
            <>
              {thread.total > 0 && (
                <nav aria-label={t('sortLabel')} className="mt-6">
                  <ul className="flex flex-wrap gap-4">
                    {COMMENT_SORTS.map((s) => (
                      <li key={s}>
                        <Link href={query(s === 'oldest' ? {} : { [SORT_PARAM]: s })} aria-current={s === sort ? 'true' : undefined} className={s === sort ? 'font-bold text-brand-800' : 'text-brand-700 underline'}>
                          {t(`sort.${s}`)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              {thread.comments.length === 0 ? (
                <p className="mt-6 text-muted">{openToSignedIn ? t('empty') : t('emptyClosed')}</p>
              ) : (
                <CommentList comments={thread.comments} resourcePath={resourcePath} />
              )}
            </>
          )}
          {thread.nextCursor && (
            <p className="mt-6">
              <Link
                href={query({ ...(thread.focus ? { [COMMENT_FOCUS_PARAM]: thread.focus.id } : sort === 'oldest' ? {} : { [SORT_PARAM]: sort }), [CURSOR_PARAM]: thread.nextCursor })}
                className="inline-block rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
              >
                {t('more')}
              </Link>
            </p>
          )}
        </CommentViewer>
      </ClientMessages>
    </section>
  );
}
