'use client';

import { useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useValidationMessage } from '@/components/forms/field-error';

type Answer =
  | { ok: true; data: { imported: number } }
  | { ok: false; error: string; file?: string | null; rows?: { row: number; messages: string[] }[] };

/**
 * Staff upload a CSV of paper ideas. The file is sent as it is; the server reads it (Windows-1252 or UTF-8,
 * semicolons or commas) and stores all rows or none. Every bad row is listed with its line number and what is wrong,
 * in the reader's language; a good file's count is announced.
 */
export function ImportForm({ componentId, templateHref }: { componentId: string; templateHref: string }) {
  const t = useTranslations('ideas.import');
  const translate = useValidationMessage();
  const router = useRouter();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen) return setAnswer({ ok: false, error: 'INVALID_INPUT', file: 'importNoFile' });
    setPending(true);
    setAnswer(null);
    try {
      const response = await fetch(`/api/components/${encodeURIComponent(componentId)}/ideas/import`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: chosen });
      setAnswer((await response.json()) as Answer);
    } catch {
      setAnswer({ ok: false, error: 'UNEXPECTED' });
    }
    setPending(false);
    router.refresh();
  }

  const message = (m: string) => {
    const colon = m.indexOf(':');
    // "column:encoded message" from the server: the column as written in the file, then the reason.
    return colon > 0 && !m.slice(0, colon).includes('|') ? `${m.slice(0, colon)}: ${translate(m.slice(colon + 1))}` : translate(m);
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-h`} className="max-w-3xl rounded border border-gray-300 p-4" noValidate>
      <h2 id={`${id}-h`} className="text-2xl font-bold">{t('heading')}</h2>
      <p className="mt-1">{t('intro')}</p>
      <p className="mt-1">
        <a href={templateHref} className="text-brand-700 underline" download>{t('template')}</a>
      </p>
      <div aria-live="polite" className="mt-3">
        {answer?.ok && <p role="status" className="rounded border-2 border-success bg-green-50 px-4 py-3 font-medium text-success">{t('imported', { count: answer.data.imported })}</p>}
        {answer && !answer.ok && (
          <div role="alert" className="rounded border-2 border-danger bg-red-50 px-4 py-3 text-danger">
            <p className="font-medium">{answer.file ? translate(answer.file) : answer.rows?.length ? t('rowsRefused', { count: answer.rows.length }) : t('failed')}</p>
            {answer.rows && answer.rows.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {answer.rows.slice(0, 100).map((r) => (
                  <li key={r.row}>{t('row', { row: r.row })}: {r.messages.map(message).join('; ')}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <label htmlFor={`${id}-file`} className="mt-3 block font-semibold">{t('file')}</label>
      <input ref={file} id={`${id}-file`} type="file" accept=".csv,text/csv" className="mt-1 block w-full max-w-full" />
      <button type="submit" disabled={pending} className="mt-3 rounded bg-brand-700 px-5 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? t('importing') : t('submit')}
      </button>
    </form>
  );
}
