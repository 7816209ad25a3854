'use client';

import { useTranslations } from 'next-intl';
import type { FormOutcome } from '@/components/forms/use-action-form';
import { useValidationMessage } from '@/components/forms/field-error';

/**
 * The form-level message of a debate form, announced to screen readers: the server's own reason when it gave one
 * (`_form`: "the debate has comments", "too many debates this hour") instead of the generic text of the error code.
 */
export function DebateFormStatus({ outcome, reason, successMessage }: { outcome: FormOutcome; reason: string | null; successMessage?: string }) {
  const tErrors = useTranslations('errors');
  const translate = useValidationMessage();
  return (
    <div aria-live="polite">
      {outcome?.kind === 'error' && (
        <p role="alert" className="mb-4 rounded border-2 border-danger bg-red-50 px-4 py-3 font-medium text-danger">
          {(reason && translate(reason)) || tErrors(outcome.code)}
        </p>
      )}
      {outcome?.kind === 'success' && successMessage && (
        <p role="status" className="mb-4 rounded border-2 border-success bg-green-50 px-4 py-3 font-medium text-success">
          {successMessage}
        </p>
      )}
    </div>
  );
}

/** The `_form` reason of an action's result, if any. */
export function formReason(result: { ok: boolean; fieldErrors?: Record<string, string[]> }): string | null {
  return result.ok ? null : (result.fieldErrors?._form?.[0] ?? null);
}
