'use client';

import { useId, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ErrorCode } from '@/lib/core/errors';
import { setNewsletterConsentAction } from '@/lib/newsletters/actions';

/** The person's own consent to newsletters: one checkbox, saved with the time it was given (or withdrawn). */
export function NewsletterConsentForm({ consentedAt: initial }: { consentedAt: string | null }) {
  const t = useTranslations('newsletters.consent');
  const tErrors = useTranslations('errors');
  const format = useFormatter();
  const id = useId();
  const [checked, setChecked] = useState(initial !== null);
  const [consentedAt, setConsentedAt] = useState(initial);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; code: ErrorCode } | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setOutcome(null);
    try {
      const result = await setNewsletterConsentAction(checked);
      if (result.ok) {
        // Unchanged consent keeps its original time.
        if (!checked || consentedAt === null) setConsentedAt(result.data.consentedAt);
        setOutcome({ ok: true });
      } else setOutcome({ ok: false, code: result.error });
    } catch {
      setOutcome({ ok: false, code: 'UNEXPECTED' });
    }
    setPending(false);
  }

  return (
    <form onSubmit={save} className="space-y-3">
      <div aria-live="polite">
        {outcome?.ok === true && <p role="status" className="rounded border-2 border-success bg-green-50 px-4 py-3 font-medium text-success">{t('saved')}</p>}
        {outcome?.ok === false && <p role="alert" className="rounded border-2 border-danger bg-red-50 px-4 py-3 font-medium text-danger">{tErrors(outcome.code)}</p>}
      </div>
      <div className="flex items-center gap-2">
        <input id={id} type="checkbox" className="h-5 w-5" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
        <label htmlFor={id}>{t('label')}</label>
      </div>
      {consentedAt && <p className="text-sm">{t('givenAt', { date: format.dateTime(new Date(consentedAt), { dateStyle: 'long', timeStyle: 'short' }) })}</p>}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">{t('save')}</button>
    </form>
  );
}
