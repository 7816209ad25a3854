'use client';

import { useTranslations } from 'next-intl';
import type { FormOutcome } from './use-action-form';

/** The form-level message, announced to screen readers (alert for errors, status for success). */
export function FormStatus({ outcome, successMessage }: { outcome: FormOutcome; successMessage?: string }) {
  const tErrors = useTranslations('errors');
  const tCommon = useTranslations('common');
  return (
    <div aria-live="polite">
      {outcome?.kind === 'error' && (
        <p role="alert" className="mb-4 rounded border-2 border-danger bg-red-50 px-4 py-3 font-medium text-danger">
          {tErrors(outcome.code)}
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
