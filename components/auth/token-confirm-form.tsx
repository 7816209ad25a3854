'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { ErrorCode } from '@/lib/core/errors';
import { confirmEmailAction, confirmEmailChangeAction } from '@/lib/users/account-actions';

const ACTIONS = { confirmEmail: confirmEmailAction, confirmEmailChange: confirmEmailChangeAction } as const;

/**
 * Confirms an emailed one-time link with an explicit button press. Opening the link (GET) must not use the token:
 * mail scanners and link previews fetch links before the person does.
 */
export function TokenConfirmForm({ kind, token, headingId }: { kind: keyof typeof ACTIONS; token: string; headingId: string }) {
  const t = useTranslations(`auth.${kind}`);
  const tErrors = useTranslations('errors');
  const [state, setState] = useState<'idle' | 'pending' | 'done' | ErrorCode>('idle');
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state !== 'idle' && state !== 'pending') resultRef.current?.focus();
  }, [state]);

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    setState('pending');
    try {
      const result = await ACTIONS[kind]({ token });
      setState(result.ok ? 'done' : result.error);
    } catch {
      setState('UNEXPECTED');
    }
  }

  if (state === 'done') {
    return (
      <div ref={resultRef} tabIndex={-1} role="status" className="max-w-xl rounded border-2 border-success bg-green-50 p-6">
        <p className="font-medium">{t('success')}</p>
        <p className="mt-3">
          <Link href={kind === 'confirmEmail' ? '/sign-in' : '/profile'} className="font-semibold text-brand-700 underline">
            {t('next')}
          </Link>
        </p>
      </div>
    );
  }

  const failed = state !== 'idle' && state !== 'pending';
  return (
    <form onSubmit={confirm} aria-labelledby={headingId} className="max-w-xl">
      {failed && (
        <div ref={resultRef} tabIndex={-1} role="alert" className="mb-4 rounded border-2 border-danger bg-red-50 px-4 py-3 text-danger">
          <p className="font-medium">{tErrors(state)}</p>
          {state === 'INVALID_TOKEN' && <p className="mt-2">{t('invalidHint')}</p>}
        </div>
      )}
      <p className="mb-4">{t('intro')}</p>
      <button
        type="submit"
        disabled={state === 'pending'}
        className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {state === 'pending' ? t('pending') : t('submit')}
      </button>
    </form>
  );
}
