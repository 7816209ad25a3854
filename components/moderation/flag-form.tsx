'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { flagContentAction } from '@/lib/moderation/actions';
import { FLAG_DETAILS_MAX, FLAG_REASONS } from '@/lib/moderation/schema';
import { useValidationMessage } from '@/components/forms/field-error';

/**
 * Reporting a comment or a resource to the moderators: a reason (spam, offensive, off-topic, other) and details,
 * required for "other". Once per person and thing; the server refuses a second flag with a message.
 */
export function FlagForm({ target, onDone, onCancel }: { target: { type: string; id: string }; onDone: () => void; onCancel: () => void }) {
  const t = useTranslations('comments.flag');
  const tErrors = useTranslations('errors');
  const translate = useValidationMessage();
  const id = useId();
  const [reason, setReason] = useState<(typeof FLAG_REASONS)[number] | ''>('');
  const [details, setDetails] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (reason === '') {
      setError(translate('required') ?? '');
      return;
    }
    setPending(true);
    try {
      const result = await flagContentAction({ targetType: target.type, targetId: target.id, reason, details });
      if (result.ok) {
        onDone();
      } else {
        const message = result.fieldErrors?._form?.[0] ?? result.fieldErrors?.details?.[0] ?? result.fieldErrors?.reason?.[0];
        setError(message ? (translate(message) ?? tErrors(result.error)) : tErrors(result.error));
      }
    } catch {
      setError(tErrors('UNEXPECTED'));
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="space-y-3 rounded border-2 border-gray-400 p-3">
      <p id={`${id}-title`} className="font-semibold">{t('title')}</p>
      <p className="text-sm">{t('intro')}</p>
      <fieldset>
        <legend className="font-semibold">{t('reasonLegend')}</legend>
        <div className="mt-1 space-y-1">
          {FLAG_REASONS.map((r) => (
            <label key={r} className="flex items-center gap-2">
              <input type="radio" name={`${id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} required />
              {t(`reasons.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`${id}-details`} className="block font-semibold">{t('details')}</label>
        <p id={`${id}-details-hint`} className="text-sm text-muted">{t('detailsHint')}</p>
        <textarea id={`${id}-details`} value={details} onChange={(e) => setDetails(e.target.value)} rows={2} maxLength={FLAG_DETAILS_MAX} aria-describedby={`${id}-details-hint`} className="mt-1 w-full rounded border-2 border-gray-500 p-2" />
      </div>
      <div aria-live="polite">{error && <p role="alert" className="rounded border-2 border-danger bg-red-50 px-3 py-2 font-medium text-danger">{error}</p>}</div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">{t('submit')}</button>
        <button type="button" onClick={onCancel} className="rounded border-2 border-gray-500 px-4 py-1.5 font-semibold">{t('cancel')}</button>
      </div>
    </form>
  );
}
