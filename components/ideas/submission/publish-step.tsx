'use client';

import { useState } from 'react';
import { useRouter } from '@/lib/i18n/navigation';
import { deleteIdeaDraftAction, publishIdeaAction } from '@/lib/ideas/actions';
import { FormStatus } from '@/components/forms/form-status';
import type { FormOutcome } from '@/components/forms/use-action-form';

/**
 * The last step's buttons: publish the draft (the server checks the phase and the per-person limit again) or throw
 * it away. Texts come as props from the server page.
 */
export function PublishStep({ componentId, ideaId, ideaHref, listHref, labels }: {
  componentId: string;
  ideaId: string;
  ideaHref: string;
  listHref: string;
  labels: { publish: string; publishing: string; discard: string; discardConfirm: string };
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<FormOutcome>(null);

  async function publish() {
    setPending(true);
    setOutcome(null);
    const result = await publishIdeaAction(componentId, ideaId).catch(() => ({ ok: false as const, error: 'UNEXPECTED' as const }));
    setPending(false);
    if (!result.ok) return setOutcome({ kind: 'error', code: result.error, reason: 'fieldErrors' in result ? result.fieldErrors?._form?.[0] : undefined });
    // The idea's page is rendered per request anyway; a refresh on top of the push would race its metadata.
    router.push(ideaHref);
  }

  async function discard() {
    if (!window.confirm(labels.discardConfirm)) return;
    setPending(true);
    const result = await deleteIdeaDraftAction(componentId, ideaId).catch(() => ({ ok: false as const, error: 'UNEXPECTED' as const }));
    setPending(false);
    if (!result.ok) return setOutcome({ kind: 'error', code: result.error });
    router.push(listHref);
    router.refresh();
  }

  return (
    <div className="mt-6">
      <FormStatus outcome={outcome} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" onClick={publish} disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
          {pending ? labels.publishing : labels.publish}
        </button>
        <button type="button" onClick={discard} disabled={pending} className="font-semibold text-danger underline">
          {labels.discard}
        </button>
      </div>
    </div>
  );
}
