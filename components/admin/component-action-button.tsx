'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import type { ActionResult } from '@/lib/core/action-result';
import { useValidationMessage } from '@/components/forms/field-error';

const variants = {
  primary: 'rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70',
  secondary: 'rounded border-2 border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70',
  danger: 'rounded border-2 border-danger px-3 py-1.5 font-semibold text-danger hover:bg-red-50 disabled:opacity-70',
} as const;

/**
 * A button that runs one server action and then refreshes the page (or calls onDone); a refusal shows the server's
 * `_form` reason when it gave one. With `confirm`, the first press asks for confirmation in place (no browser
 * dialog), moving focus to the confirming button.
 */
export function ActionButton<T>({ label, accessibleLabel, run, variant = 'secondary', confirm, onDone, disabled }: {
  label: string;
  /** A longer name for screen readers when the visible label is ambiguous in a list ("Siirrä ylös: Usein kysyttyä"). */
  accessibleLabel?: string;
  run: () => Promise<ActionResult<T>>;
  variant?: keyof typeof variants;
  confirm?: { question: string; confirmLabel: string };
  onDone?: (data: T) => void;
  disabled?: boolean;
}) {
  const tErrors = useTranslations('errors');
  const tCommon = useTranslations('common.actions');
  const translate = useValidationMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  function execute() {
    setError(null);
    startTransition(async () => {
      const result = await run().catch((): ActionResult<T> => ({ ok: false, error: 'UNEXPECTED' }));
      setAsking(false);
      if (result.ok) {
        if (onDone) onDone(result.data);
        else router.refresh();
      } else {
        // The server's own reason when it gave one ("the debate has comments"), else the error code's general text.
        const reason = result.fieldErrors?._form?.[0];
        setError((reason && translate(reason)) || tErrors(result.error));
      }
    });
  }

  return (
    <div className="inline-block">
      {asking && confirm ? (
        <div role="group" aria-label={confirm.question} className="flex flex-wrap items-center gap-2 rounded border border-danger bg-red-50 p-2">
          <span className="font-medium">{confirm.question}</span>
          <button ref={confirmRef} type="button" onClick={execute} disabled={pending} aria-disabled={pending} className={variants.danger + ' bg-white'}>
            {confirm.confirmLabel}
          </button>
          <button
            type="button"
            onClick={() => {
              setAsking(false);
              requestAnimationFrame(() => openerRef.current?.focus());
            }}
            className={variants.secondary + ' bg-white'}
          >
            {tCommon('cancel')}
          </button>
        </div>
      ) : (
        <button
          ref={openerRef}
          type="button"
          onClick={() => (confirm ? setAsking(true) : execute())}
          disabled={pending || disabled}
          aria-disabled={pending || disabled || undefined}
          aria-label={accessibleLabel}
          className={variants[variant]}
        >
          {label}
        </button>
      )}
      <span aria-live="polite">
        {error && (
          <span role="alert" className="ml-2 font-medium text-danger">
            {error}
          </span>
        )}
      </span>
    </div>
  );
}
