'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { deleteCommentAction, setCommentUpvoteAction } from '@/lib/comments/actions';
import { COMMENT_MAX_DEPTH } from '@/lib/comments/schema';
import { FlagForm } from '@/components/moderation/flag-form';
import { CommentForm } from './comment-form';
import { useCommentViewer } from './comment-viewer';

type Open = null | 'reply' | 'edit' | 'delete' | 'flag';

/**
 * A comment's buttons, from what the viewer may do with it: like (a toggle, not one's own), reply (above the deepest
 * level), edit within the window and delete (one's own), report (others'). Visitors and closed threads see the
 * likes as text only. One panel open at a time, below the comment.
 */
export function CommentActions({ id, depth, upvoteCount, upvoteText, visible }: { id: string; depth: number; upvoteCount: number; upvoteText: string; visible: boolean }) {
  const t = useTranslations('comments.actions');
  const tComment = useTranslations('comments.comment');
  const tForm = useTranslations('comments.form');
  const tFlag = useTranslations('comments.flag');
  const format = useFormatter();
  const { canWrite, state, refresh, markFlagged } = useCommentViewer();
  const [open, setOpen] = useState<Open>(null);
  const [upvote, setUpvote] = useState<{ upvoted: boolean; count: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const own = state?.own.find((o) => o.id === id) ?? null;
  const upvoted = upvote?.upvoted ?? state?.upvoted.includes(id) ?? false;
  const count = upvote?.count ?? upvoteCount;
  // As the server computed it when the page loaded; a late edit is refused with a message (commentEditWindowPassed).
  const editable = own?.editableUntil ? new Date(own.editableUntil) : null;
  const flagged = state?.flagged.includes(id) ?? false;
  const known = state !== null;

  async function toggleUpvote() {
    setBusy(true);
    setMessage(null);
    try {
      const result = await setCommentUpvoteAction(id, !upvoted);
      if (result.ok) setUpvote(result.data);
      else setMessage({ error: true, text: t('failed') });
    } catch {
      setMessage({ error: true, text: t('failed') });
    }
    setBusy(false);
  }

  async function remove() {
    setBusy(true);
    try {
      const result = await deleteCommentAction(id);
      setMessage(result.ok ? { error: false, text: t('deleted') } : { error: true, text: t('failed') });
      if (result.ok) {
        setOpen(null);
        refresh();
      }
    } catch {
      setMessage({ error: true, text: t('failed') });
    }
    setBusy(false);
  }

  const button = 'rounded px-2 py-1 text-sm font-semibold text-brand-800 underline hover:bg-brand-50 disabled:opacity-70';
  const showUpvoteButton = visible && canWrite && known && !own;
  return (
    <div className="mt-2">
      <div className="flex flex-wrap items-center gap-2">
        {showUpvoteButton ? (
          <button type="button" aria-pressed={upvoted} disabled={busy} onClick={toggleUpvote} className={upvoted ? 'rounded border-2 border-brand-700 bg-brand-700 px-2 py-0.5 text-sm font-semibold text-white' : 'rounded border-2 border-brand-700 px-2 py-0.5 text-sm font-semibold text-brand-800'}>
            {t('upvote')} <span aria-hidden="true">·</span> {count}
          </button>
        ) : (
          visible && count > 0 && <span className="text-sm text-muted">{upvote ? tComment('upvotes', { count }) : upvoteText}</span>
        )}
        {visible && canWrite && depth < COMMENT_MAX_DEPTH && (
          <button type="button" aria-expanded={open === 'reply'} onClick={() => setOpen(open === 'reply' ? null : 'reply')} className={button}>{t('reply')}</button>
        )}
        {editable && visible && (
          <button type="button" aria-expanded={open === 'edit'} onClick={() => setOpen(open === 'edit' ? null : 'edit')} className={button}>{t('edit')}</button>
        )}
        {own && (
          <button type="button" aria-expanded={open === 'delete'} onClick={() => setOpen(open === 'delete' ? null : 'delete')} className={button}>{t('delete')}</button>
        )}
        {visible && known && !own && (flagged ? (
          <span className="text-sm text-muted">{t('flagged')}</span>
        ) : (
          <button type="button" aria-expanded={open === 'flag'} onClick={() => setOpen(open === 'flag' ? null : 'flag')} className={button}>{t('flag')}</button>
        ))}
      </div>
      <div aria-live="polite">{message && <p role={message.error ? 'alert' : 'status'} className={message.error ? 'mt-1 text-sm font-medium text-danger' : 'mt-1 text-sm'}>{message.text}</p>}</div>
      {open === 'reply' && (
        <div className="mt-3">
          <CommentForm mode={{ kind: 'reply', parentId: id }} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />
        </div>
      )}
      {open === 'edit' && editable && (
        <div className="mt-3">
          <p className="text-sm">{t('editUntil', { time: format.dateTime(editable, { hour: '2-digit', minute: '2-digit' }) })}</p>
          <CommentForm mode={{ kind: 'edit', commentId: id, body: own?.body ?? '' }} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />
        </div>
      )}
      {open === 'delete' && (
        <div className="mt-3 rounded border-2 border-danger p-3">
          <p>{t('deleteConfirm')}</p>
          <div className="mt-2 flex gap-3">
            <button type="button" disabled={busy} onClick={remove} className="rounded bg-danger px-4 py-1.5 font-semibold text-white">{t('deleteYes')}</button>
            <button type="button" onClick={() => setOpen(null)} className="rounded border-2 border-gray-500 px-4 py-1.5 font-semibold">{tForm('cancel')}</button>
          </div>
        </div>
      )}
      {open === 'flag' && (
        <div className="mt-3">
          <FlagForm
            target={{ type: 'comment', id }}
            onDone={() => {
              markFlagged(id);
              setOpen(null);
              setMessage({ error: false, text: tFlag('sent') });
            }}
            onCancel={() => setOpen(null)}
          />
        </div>
      )}
    </div>
  );
}
