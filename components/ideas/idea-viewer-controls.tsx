'use client';

import { useEffect, useState } from 'react';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { ideaViewerStateAction, setIdeaSupportAction, withdrawIdeaAction } from '@/lib/ideas/actions';
import { SIGNED_IN_ATTRIBUTE } from '@/lib/page-cache/shared-audience';

type Labels = {
  support: string;
  supported: string;
  failed: string;
  count: string;
  edit: string;
  withdrawIdea: string;
  withdrawConfirm: string;
  withdrawn: string;
  /** The co-authors page's link as the author, a co-author and an invited person see it. */
  coauthors: { author: string; coauthor: string; invited: string };
};

/**
 * The signed-in reader's own controls on an idea page: "Kannatan" as a toggle button (aria-pressed); for the author
 * "edit", "withdraw" and the co-authors page; for a co-author "edit" and that page; for an invited person the way to
 * the invitation. The page may be the copy shared by every resident (ADR 021), so whether the reader supports the
 * idea or may edit it is asked from the browser. Texts come as props: public pages send no message
 * catalogue. The count shown after a click is the server's.
 */
export function IdeaViewerControls({ componentId, ideaId, showCount, editHref, coauthorsHref, supportOpen, labels }: {
  componentId: string;
  ideaId: string;
  showCount: boolean;
  editHref: string;
  coauthorsHref: string;
  supportOpen: boolean;
  labels: Labels;
}) {
  const router = useRouter();
  const [state, setState] = useState<{ supported: boolean; canEdit: boolean; canWithdraw: boolean; coauthorRole: 'author' | 'coauthor' | 'invited' | null } | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!document.documentElement.hasAttribute(SIGNED_IN_ATTRIBUTE)) return;
    let live = true;
    ideaViewerStateAction(componentId, ideaId)
      .then((r) => live && r.ok && setState(r.data))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [componentId, ideaId]);

  if (!state) return null;

  async function toggleSupport() {
    if (!state) return;
    setPending(true);
    setMessage(null);
    const result = await setIdeaSupportAction(componentId, ideaId, !state.supported).catch(() => null);
    setPending(false);
    if (!result?.ok) return setMessage(labels.failed);
    setState({ ...state, supported: result.data.supported });
    setCount(result.data.count);
  }

  async function withdraw() {
    if (!window.confirm(labels.withdrawConfirm)) return;
    setPending(true);
    const result = await withdrawIdeaAction(componentId, ideaId).catch(() => null);
    setPending(false);
    if (!result?.ok) return setMessage(labels.failed);
    setMessage(labels.withdrawn);
    router.refresh();
  }

  return (
    <div className="mt-3 flex flex-col gap-2">
      {supportOpen && (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            aria-pressed={state.supported}
            disabled={pending}
            onClick={toggleSupport}
            className={`rounded border-2 border-brand-700 px-4 py-2 font-semibold ${state.supported ? 'bg-brand-700 text-white' : 'bg-white text-brand-700'} disabled:opacity-70`}
          >
            {state.supported ? labels.supported : labels.support}
          </button>
          {showCount && count !== null && <span aria-live="polite">{labels.count.replace('{count}', String(count))}</span>}
        </div>
      )}
      {state.coauthorRole === 'invited' && (
        <p role="note" className="rounded border-2 border-brand-700 bg-brand-50 px-3 py-2">
          <Link href={coauthorsHref} className="font-semibold text-brand-700 underline">{labels.coauthors.invited}</Link>
        </p>
      )}
      {(state.canEdit || state.canWithdraw || state.coauthorRole === 'author' || state.coauthorRole === 'coauthor') && (
        <div className="flex flex-wrap items-center gap-4">
          {(state.coauthorRole === 'author' || state.coauthorRole === 'coauthor') && (
            <Link href={coauthorsHref} className="font-semibold text-brand-700 underline">
              {labels.coauthors[state.coauthorRole]}
            </Link>
          )}
          {state.canEdit && (
            <Link href={editHref} className="font-semibold text-brand-700 underline">
              {labels.edit}
            </Link>
          )}
          {state.canWithdraw && (
            <button type="button" onClick={withdraw} disabled={pending} className="font-semibold text-danger underline">
              {labels.withdrawIdea}
            </button>
          )}
        </div>
      )}
      <p aria-live="polite" className="text-sm">{message}</p>
    </div>
  );
}
