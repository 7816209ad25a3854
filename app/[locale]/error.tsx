'use client';

import { useMessages } from 'next-intl';

type ErrorMessages = { title: string; body: string; retry: string };

/**
 * Reads its plain texts straight from the messages the layout sends (common.error) instead of through
 * useTranslations: this boundary is part of every page, and the message formatter it would pull in is about 12 KB
 * of gzipped JavaScript that no public page needs otherwise.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = (useMessages() as { common: { error: ErrorMessages } }).common.error;
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-4 text-lg">{t.body}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t.retry}
      </button>
    </div>
  );
}
