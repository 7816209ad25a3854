'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { deleteAreaAction } from '@/lib/areas/actions';
import type { ErrorCode } from '@/lib/core/errors';

/**
 * Deleting an area, with an in-page confirmation step (not window.confirm, which screen readers and automated
 * tests handle poorly). The consequences are stated before the first click.
 */
export function DeleteAreaSection({ areaId, name, spaceCount, childCount }: { areaId: string; name: string; spaceCount: number; childCount: number }) {
  const t = useTranslations('areas.delete');
  const tErrors = useTranslations('errors');
  const router = useRouter();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Move focus to the question when it appears and back to the button when it is cancelled.
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) opener.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function remove() {
    setPending(true);
    setError(null);
    let result: Awaited<ReturnType<typeof deleteAreaAction>>;
    try {
      result = await deleteAreaAction(areaId);
    } catch {
      result = { ok: false, error: 'UNEXPECTED' };
    }
    if (result.ok) {
      router.push({ pathname: '/admin/areas', query: { deleted: '1' } });
      return;
    }
    setPending(false);
    setError(result.error);
  }

  const dangerButton = 'rounded bg-danger px-5 py-2 font-semibold text-white hover:opacity-90 disabled:opacity-70';
  const plainButton = 'rounded border-2 border-gray-600 bg-white px-5 py-2 font-semibold text-ink hover:bg-gray-100';

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-12 max-w-3xl rounded border-2 border-danger p-4">
      <h2 id={`${id}-heading`} className="text-xl font-bold">{t('heading')}</h2>
      <p className="mt-2">{t('consequences', { spaces: spaceCount, children: childCount })}</p>
      {!confirming ? (
        <button ref={opener} type="button" className={`mt-4 ${dangerButton}`} onClick={() => setConfirming(true)}>
          {t('button')}
        </button>
      ) : (
        <div role="group" aria-labelledby={`${id}-question`} className="mt-4">
          <p id={`${id}-question`} ref={question} tabIndex={-1} className="font-semibold">
            {t('confirm', { name })}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" className={dangerButton} onClick={remove} disabled={pending} aria-disabled={pending}>
              {pending ? t('deleting') : t('confirmButton')}
            </button>
            <button type="button" className={plainButton} onClick={() => setConfirming(false)} disabled={pending}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {error && (
          <p role="alert" className="mt-4 font-medium text-danger">
            {tErrors(error)}
          </p>
        )}
      </div>
    </section>
  );
}
