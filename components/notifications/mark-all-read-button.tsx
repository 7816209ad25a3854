'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import type { ErrorCode } from '@/lib/core/errors';
import { markAllNotificationsReadAction } from '@/lib/notifications/actions';

export function MarkAllReadButton() {
  const t = useTranslations('notifications.centre');
  const tErrors = useTranslations('errors');
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function markAll() {
    setPending(true);
    setError(null);
    try {
      const result = await markAllNotificationsReadAction();
      if (result.ok) router.refresh();
      else setError(result.error);
    } catch {
      setError('UNEXPECTED');
    }
    setPending(false);
  }

  return (
    <div>
      <button type="button" onClick={markAll} disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? t('marking') : t('markAllRead')}
      </button>
      <span aria-live="polite">{error && <span role="alert" className="ml-3 font-medium text-danger">{tErrors(error)}</span>}</span>
    </div>
  );
}
