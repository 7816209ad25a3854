'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { editCommentAction, postCommentAction } from '@/lib/comments/actions';
import { COMMENT_ALIGNMENTS, COMMENT_MAX_LENGTH } from '@/lib/comments/schema';
import type { ActionResult } from '@/lib/core/action-result';
import { useValidationMessage } from '@/components/forms/field-error';
import { useCommentViewer } from './comment-viewer';

type Mode = { kind: 'new' } | { kind: 'reply'; parentId: string } | { kind: 'edit'; commentId: string; body: string };

/**
 * Writing a comment, a reply or a correction: a labelled text area with the characters left, the stance when the
 * component asks for it, and the outcome announced. Plain React (no form library) to keep public pages light; the
 * server validates everything again.
 */
export function CommentForm({ mode = { kind: 'new' }, onDone, onCancel }: { mode?: Mode; onDone?: () => void; onCancel?: () => void }) {
  const t = useTranslations('comments.form');
  const tErrors = useTranslations('errors');
  const tAlignment = useTranslations('comments.comment.alignment');
  const translate = useValidationMessage();
  const { resource, alignmentEnabled, refresh } = useCommentViewer();
  const id = useId();
  const [body, setBody] = useState(mode.kind === 'edit' ? mode.body : '');
  const [alignment, setAlignment] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setStatus(null);
    if (body.trim() === '') {
      setError(t('required'));
      return;
    }
    setPending(true);
    let result: ActionResult<{ id: string; pending: boolean } | undefined>;
    try {
      result =
        mode.kind === 'edit'
          ? await editCommentAction({ commentId: mode.commentId, body })
          : await postCommentAction({ resourceType: resource.type, resourceId: resource.id, parentId: mode.kind === 'reply' ? mode.parentId : null, body, alignment: alignmentEnabled && mode.kind === 'new' ? alignment : '' });
    } catch {
      result = { ok: false, error: 'UNEXPECTED' };
    }
    setPending(false);
    if (!result.ok) {
      const message = result.fieldErrors?._form?.[0] ?? result.fieldErrors?.body?.[0];
      setError(result.error === 'RATE_LIMITED' ? t('rateLimited') : message ? (translate(message) ?? tErrors(result.error)) : tErrors(result.error));
      return;
    }
    setBody('');
    setAlignment('');
    setStatus(mode.kind === 'edit' ? t('edited') : result.data && 'pending' in result.data && result.data.pending ? t('pending') : t('posted'));
    refresh();
    onDone?.();
  }

  const label = mode.kind === 'reply' ? t('replyLabel') : mode.kind === 'edit' ? t('editLabel') : t('label');
  const left = COMMENT_MAX_LENGTH - body.length;
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div>
        <label htmlFor={`${id}-body`} className="block font-semibold">{label}</label>
        <p id={`${id}-hint`} className="text-sm text-muted">{t('hint', { max: COMMENT_MAX_LENGTH })}</p>
        <textarea
          id={`${id}-body`}
          name="body"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={mode.kind === 'new' ? 4 : 3}
          maxLength={COMMENT_MAX_LENGTH}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint ${id}-left${error ? ` ${id}-error` : ''}`}
          className="mt-1 w-full rounded border-2 border-gray-500 p-2"
        />
        <p id={`${id}-left`} className="text-sm text-muted" aria-live="polite">{left < 200 ? t('remaining', { count: left }) : ''}</p>
      </div>
      {alignmentEnabled && mode.kind === 'new' && (
        <fieldset>
          <legend className="font-semibold">{t('alignmentLegend')}</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {['', ...COMMENT_ALIGNMENTS].map((value) => (
              <label key={value || 'none'} className="flex items-center gap-2">
                <input type="radio" name={`${id}-alignment`} value={value} checked={alignment === value} onChange={() => setAlignment(value)} />
                {value === '' ? t('alignmentNone') : tAlignment(value)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div aria-live="polite">
        {error && <p id={`${id}-error`} role="alert" className="rounded border-2 border-danger bg-red-50 px-3 py-2 font-medium text-danger">{error}</p>}
        {status && <p role="status" className="rounded border-2 border-success bg-green-50 px-3 py-2 font-medium text-success">{status}</p>}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
          {pending ? t('sending') : mode.kind === 'reply' ? t('submitReply') : mode.kind === 'edit' ? t('saveEdit') : t('submit')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className="rounded border-2 border-gray-500 px-4 py-2 font-semibold">{t('cancel')}</button>
        )}
      </div>
    </form>
  );
}
