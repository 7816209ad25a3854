'use client';

import { useTranslations } from 'next-intl';
import type { FormOutcome } from './use-action-form';
import { decodeMessage } from '@/lib/core/validation-message';

/**
 * The form-level message, announced to screen readers (alert for errors, status for success): the server's own
 * reason when it gave one ("the phase is closed", "too many this hour"), else the error code's general text.
 */
export function FormStatus({ outcome, successMessage }: { outcome: FormOutcome; successMessage?: string }) {
  const tErrors = useTranslations('errors');
  const tCommon = useTranslations('common');
  const tValidation = useTranslations('validation');
  // Only a reason with a text of its own replaces the code's text (older refusals carry bare keys of other files).
  const reasonText = (reason: string | undefined) => {
    if (!reason) return undefined;
    const { key, params } = decodeMessage(reason);
    return tValidation.has(key) ? tValidation(key, params) : undefined;
  };
  return (
    <div aria-live="polite">
      {outcome?.kind === 'error' && (
        <p role="alert" className="mb-4 rounded border-2 border-danger bg-red-50 px-4 py-3 font-medium text-danger">
          {reasonText(outcome.reason) ?? tErrors(outcome.code)}
        </p>
      )}
      {outcome?.kind === 'success' && (
        <p role="status" className="mb-4 rounded border-2 border-success bg-green-50 px-4 py-3 font-medium text-success">
          {outcome.message ?? successMessage ?? tCommon('status.saved')}
        </p>
      )}
    </div>
  );
}

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel?: string }) {
  const t = useTranslations('common.actions');
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
    >
      {pending ? (pendingLabel ?? t('saving')) : label}
    </button>
  );
}
