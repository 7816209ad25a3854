'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { blockUserAction, unblockUserAction } from '@/lib/users/admin-actions';
import { useAdminActionError } from './admin-action-message';

/**
 * Blocks or unblocks an account. Blocking signs the person out everywhere, so it asks for confirmation first;
 * focus moves to the confirmation so keyboard and screen reader users notice the second step.
 */
export function AdminBlockControl({ userId, isBlocked, email }: { userId: string; isBlocked: boolean; email: string }) {
  const t = useTranslations('users.block');
  const tCommon = useTranslations('common.actions');
  const router = useRouter();
  const errorText = useAdminActionError();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function run() {
    setOutcome(null);
    startTransition(async () => {
      const action = isBlocked ? unblockUserAction : blockUserAction;
      const result = await action({ userId }).catch(() => ({ ok: false as const, error: 'UNEXPECTED' as const }));
      setConfirming(false);
      if (result.ok) {
        setOutcome({ kind: 'success', text: t(isBlocked ? 'unblocked' : 'blocked') });
        router.refresh();
      } else {
        setOutcome({ kind: 'error', text: errorText(result) });
      }
    });
  }

  const primary = 'rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70';
  const danger = 'rounded bg-danger px-4 py-2 font-semibold text-white hover:opacity-90 disabled:opacity-70';
  const secondary = 'rounded border border-gray-500 px-4 py-2 font-semibold hover:bg-gray-100';

  return (
    <div>
      {isBlocked ? (
        <button type="button" onClick={run} disabled={pending} aria-disabled={pending} className={primary}>
          {t('unblock')}
        </button>
      ) : confirming ? (
        <div className="rounded border-2 border-danger p-4">
          <p className="mb-3 font-medium">{t('confirmText', { email })}</p>
          <div className="flex flex-wrap gap-3">
            <button ref={confirmRef} type="button" onClick={run} disabled={pending} aria-disabled={pending} className={danger}>
              {t('confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={secondary}>
              {tCommon('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={danger}>
          {t('block')}
        </button>
      )}
      <div aria-live="polite">
        {outcome?.kind === 'success' && (
          <p role="status" className="mt-2 font-medium text-success">
            {outcome.text}
          </p>
        )}
        {outcome?.kind === 'error' && (
          <p role="alert" className="mt-2 font-medium text-danger">
            {outcome.text}
          </p>
        )}
      </div>
    </div>
  );
}
