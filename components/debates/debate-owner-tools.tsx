'use client';

import { useEffect, useState } from 'react';
import { Link } from '@/lib/i18n/navigation';
import { ownDebateStateAction } from '@/lib/debates/actions';
import { SIGNED_IN_ATTRIBUTE } from '@/lib/page-cache/shared-audience';

/**
 * The author's "edit" link on their debate's page. The page may be the copy shared by every resident (ADR 021), so
 * whether the reader is the author who may still edit (nobody has commented yet) is asked from the browser, and the
 * link appears only then. Texts come as props: public pages send no message catalogue to the browser.
 */
export function DebateOwnerTools({ componentId, debateId, editHref, label }: { componentId: string; debateId: string; editHref: string; label: string }) {
  const [canEdit, setCanEdit] = useState(false);

  useEffect(() => {
    if (!document.documentElement.hasAttribute(SIGNED_IN_ATTRIBUTE)) return;
    let live = true;
    ownDebateStateAction(componentId, debateId)
      .then((r) => live && r.ok && setCanEdit(r.data.canEdit))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [componentId, debateId]);

  if (!canEdit) return null;
  return (
    <p className="mt-4">
      <Link href={editHref} className="font-semibold text-brand-700 underline">
        {label}
      </Link>
    </p>
  );
}
