'use client';

import { useState, useTransition, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/core/action-result';
import type { ErrorCode } from '@/lib/core/errors';
import { useRouter } from '@/lib/i18n/navigation';

const variants = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 border-brand-700',
  secondary: 'bg-white text-brand-800 hover:bg-brand-50 border-brand-700',
  danger: 'bg-white text-danger hover:bg-red-50 border-danger',
} as const;

/**
 * A button that runs one server action (usually bound to a record id on the server) and reports the outcome in a
 * live region. The server action re-checks permissions; the page decides only whether to show the button.
 */
export function ActionButton({
  action,
  children,
  confirmMessage,
  successMessage,
  redirectTo,
  variant = 'secondary',
  disabled = false,
}: {
  action: () => Promise<ActionResult<unknown>>;
  children: ReactNode;
  confirmMessage?: string;
  successMessage?: string;
  redirectTo?: string;
  variant?: keyof typeof variants;
  disabled?: boolean;
}) {
  const tErrors = useTranslations('errors');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ kind: 'error'; code: ErrorCode } | { kind: 'success' } | null>(null);

  function run() {
    if (confirmMessage && !window.confirm(confirmMessage)) return;
    setOutcome(null);
    startTransition(async () => {
      let result: ActionResult<unknown>;
      try {
        result = await action();
      } catch {
        result = { ok: false, error: 'UNEXPECTED' };
      }
      if (!result.ok) {
        setOutcome({ kind: 'error', code: result.error });
        return;
      }
      setOutcome({ kind: 'success' });
      if (redirectTo) router.push(redirectTo);
    });
  }

  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        onClick={run}
        disabled={disabled || pending}
        aria-disabled={disabled || pending || undefined}
        className={`rounded border-2 px-3 py-1.5 font-semibold disabled:cursor-not-allowed disabled:opacity-60 ${variants[variant]}`}
      >
        {children}
      </button>
      <span aria-live="polite" className="text-sm">
        {outcome?.kind === 'error' && (
          <span role="alert" className="font-medium text-danger">
            {tErrors(outcome.code)}
          </span>
        )}
        {outcome?.kind === 'success' && successMessage && (
          <span role="status" className="font-medium text-success">
            {successMessage}
          </span>
        )}
      </span>
    </span>
  );
}
