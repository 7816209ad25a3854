'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ErrorCode } from '@/lib/core/errors';
import { resendConfirmationAction } from '@/lib/users/account-actions';

/** Offered when sign-in fails because the address is not confirmed yet: sends a new link to the typed address. */
export function ResendConfirmationButton({ email }: { email: string }) {
  const t = useTranslations('auth.resend');
  const tErrors = useTranslations('errors');
  const [state, setState] = useState<'idle' | 'pending' | 'sent' | ErrorCode>('idle');

  async function resend() {
    setState('pending');
    try {
      const result = await resendConfirmationAction({ email });
      setState(result.ok ? 'sent' : result.error);
    } catch {
      setState('UNEXPECTED');
    }
  }

  return (
    <div className="mb-4 rounded border border-gray-300 bg-brand-50 p-4">
      <p className="mb-2">{t('notReceived')}</p>
      <button
        type="button"
        onClick={resend}
        disabled={state === 'pending'}
        className="rounded border-2 border-brand-700 bg-white px-4 py-1.5 font-semibold text-brand-800 hover:bg-brand-100 disabled:opacity-70"
      >
        {state === 'pending' ? t('pending') : t('submit')}
      </button>
      <div aria-live="polite">
        {state === 'sent' && (
          <p role="status" className="mt-2 font-medium text-success">
            {t('success')}
          </p>
        )}
        {state !== 'idle' && state !== 'pending' && state !== 'sent' && (
          <p role="alert" className="mt-2 font-medium text-danger">
            {tErrors(state)}
          </p>
        )}
      </div>
    </div>
  );
}
