'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import type { ErrorCode } from '@/lib/core/errors';
import type { ActionResult } from '@/lib/core/action-result';
import { deleteNewsletterAction, sendNewsletterAction, sendNewsletterTestAction } from '@/lib/newsletters/actions';

type Outcome = { kind: 'ok'; message: string } | { kind: 'error'; code: ErrorCode } | null;

function useRun() {
  const [pending, setPending] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function run(name: string, call: () => Promise<ActionResult>, okMessage: string, after?: () => void) {
    setPending(name);
    setOutcome(null);
    try {
      const result = await call();
      setOutcome(result.ok ? { kind: 'ok', message: okMessage } : { kind: 'error', code: result.error });
      if (result.ok) after?.();
    } catch {
      setOutcome({ kind: 'error', code: 'UNEXPECTED' });
    }
    setPending(null);
  }
  return { pending, outcome, run };
}

function Outcome({ outcome }: { outcome: Outcome }) {
  const tErrors = useTranslations('errors');
  return (
    <div aria-live="polite" className="mt-2">
      {outcome?.kind === 'error' && <p role="alert" className="font-medium text-danger">{tErrors(outcome.code)}</p>}
      {outcome?.kind === 'ok' && <p role="status" className="font-medium text-success">{outcome.message}</p>}
    </div>
  );
}

const buttonClass = 'rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70';

/** A draft's test send (to the writer, in a language they pick), its send (after an explicit check) and deletion. */
export function NewsletterSendPanel({ newsletterId, locales, defaultLocale, recipientCount, listHref }: {
  newsletterId: string;
  locales: { value: 'fi' | 'sv' | 'en'; label: string }[];
  defaultLocale: 'fi' | 'sv' | 'en';
  recipientCount: number;
  listHref: string;
}) {
  const t = useTranslations('newsletters.admin.detail');
  const router = useRouter();
  const id = useId();
  const [locale, setLocale] = useState(defaultLocale);
  const [confirmed, setConfirmed] = useState(false);
  const test = useRun();
  const send = useRun();
  const remove = useRun();

  return (
    <div className="space-y-8">
      <section aria-labelledby={`${id}-test`} className="rounded border border-gray-300 p-4">
        <h2 id={`${id}-test`} className="text-xl font-bold">{t('test')}</h2>
        <p className="mb-3">{t('testIntro')}</p>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={`${id}-locale`} className="block font-semibold">{t('testLanguage')}</label>
            <select id={`${id}-locale`} value={locale} onChange={(e) => setLocale(e.target.value as typeof locale)} className="rounded border-2 border-gray-500 px-3 py-2">
              {locales.map((l) => <option key={l.value} value={l.value}>{l.label}</option>)}
            </select>
          </div>
          <button type="button" className={buttonClass} disabled={test.pending !== null} onClick={() => test.run('test', () => sendNewsletterTestAction(newsletterId, locale), t('testSent'))}>
            {test.pending ? t('sendingTest') : t('sendTest')}
          </button>
        </div>
        <Outcome outcome={test.outcome} />
      </section>

      <section aria-labelledby={`${id}-send`} className="rounded border border-gray-300 p-4">
        <h2 id={`${id}-send`} className="text-xl font-bold">{t('send')}</h2>
        {recipientCount === 0 ? (
          <p>{t('noRecipients')}</p>
        ) : (
          <>
            <div className="my-3 flex items-center gap-2">
              <input id={`${id}-confirm`} type="checkbox" className="h-5 w-5" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
              <label htmlFor={`${id}-confirm`}>{t('sendConfirm')}</label>
            </div>
            <button
              type="button"
              className={buttonClass}
              disabled={!confirmed || send.pending !== null}
              onClick={() => send.run('send', () => sendNewsletterAction(newsletterId), t('sendQueued'), () => router.refresh())}
            >
              {send.pending ? t('sending') : t('sendButton')}
            </button>
          </>
        )}
        <Outcome outcome={send.outcome} />
      </section>

      <div>
        <button
          type="button"
          className="rounded border-2 border-danger px-4 py-2 font-semibold text-danger hover:bg-red-50 disabled:opacity-70"
          disabled={remove.pending !== null}
          onClick={() => remove.run('delete', () => deleteNewsletterAction(newsletterId), '', () => router.push(listHref))}
        >
          {remove.pending ? t('deleting') : t('delete')}
        </button>
        <Outcome outcome={remove.outcome?.kind === 'error' ? remove.outcome : null} />
      </div>
    </div>
  );
}
