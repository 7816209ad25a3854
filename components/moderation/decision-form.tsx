'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { decideModerationAction } from '@/lib/moderation/actions';
import { type Decision, DECISION_NOTE_MAX, DECISION_REASONS, type DecisionReason } from '@/lib/moderation/schema';
import { useValidationMessage } from '@/components/forms/field-error';

/** A moderator's decision on one case: what (hide, restore, approve, reject), why, and an optional word to the author. */
export function DecisionForm({ moderationId, decisions }: { moderationId: string; decisions: { value: Decision; label: string }[] }) {
  const t = useTranslations('moderation.admin');
  const tReasons = useTranslations('moderation.reasons');
  const tErrors = useTranslations('errors');
  const translate = useValidationMessage();
  const router = useRouter();
  const id = useId();
  const defaultReason = (d: Decision): DecisionReason => (d === 'restore' || d === 'approve' ? 'noViolation' : 'offensive');
  const [decision, setDecision] = useState<Decision>(decisions[0]!.value);
  const [reason, setReason] = useState<DecisionReason>(defaultReason(decisions[0]!.value));
  const [reasonTouched, setReasonTouched] = useState(false);
  function choose(d: Decision) {
    setDecision(d);
    // Until the moderator picks a reason, it follows the decision (kept: no violation; hidden: offensive).
    if (!reasonTouched) setReason(defaultReason(d));
  }
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ error: boolean; text: string } | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setOutcome(null);
    try {
      const result = await decideModerationAction({ moderationId, decision, reason, note });
      if (result.ok) {
        setOutcome({ error: false, text: t('saved') });
        router.refresh();
      } else {
        const message = result.fieldErrors?._form?.[0];
        setOutcome({ error: true, text: message ? (translate(message) ?? tErrors(result.error)) : tErrors(result.error) });
      }
    } catch {
      setOutcome({ error: true, text: tErrors('UNEXPECTED') });
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="mt-4 space-y-3 rounded bg-gray-50 p-3">
      <fieldset>
        <legend className="font-semibold">{t('decide')}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {decisions.map((d) => (
            <label key={d.value} className="flex items-center gap-2">
              <input type="radio" name={`${id}-decision`} value={d.value} checked={decision === d.value} onChange={() => choose(d.value)} />
              {d.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`${id}-reason`} className="block font-semibold">{t('reason')}</label>
        <select id={`${id}-reason`} value={reason} onChange={(e) => {
            setReason(e.target.value as DecisionReason);
            setReasonTouched(true);
          }} className="mt-1 rounded border-2 border-gray-500 bg-white p-1.5">
          {DECISION_REASONS.map((r) => (
            <option key={r} value={r}>{tReasons(r)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="block font-semibold">{t('note')}</label>
        <p id={`${id}-note-hint`} className="text-sm text-muted">{t('noteHint')}</p>
        <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={DECISION_NOTE_MAX} aria-describedby={`${id}-note-hint`} className="mt-1 w-full rounded border-2 border-gray-500 p-2" />
      </div>
      <div aria-live="polite">{outcome && <p role={outcome.error ? 'alert' : 'status'} className={outcome.error ? 'font-medium text-danger' : 'font-medium text-success'}>{outcome.text}</p>}</div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">{t('submit')}</button>
    </form>
  );
}
