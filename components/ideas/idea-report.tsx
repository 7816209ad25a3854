'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { FlagForm } from '@/components/moderation/flag-form';

/**
 * "Report" on an idea's page for signed-in readers (shown by the page's signed-in variant): the shared flag form
 * (lib/moderation/, ADR 031); enough distinct reports hide the idea until a moderator decides.
 */
export function IdeaReport({ ideaId, label }: { ideaId: string; label: string }) {
  const t = useTranslations('comments.flag');
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  if (sent) return <p role="status" className="mt-4 text-sm">{t('sent')}</p>;
  return (
    <div className="mt-4">
      {open ? (
        <FlagForm target={{ type: 'idea', id: ideaId }} onDone={() => setSent(true)} onCancel={() => setOpen(false)} />
      ) : (
        <button type="button" onClick={() => setOpen(true)} className="text-sm font-semibold text-brand-700 underline">
          {label}
        </button>
      )}
    </div>
  );
}
