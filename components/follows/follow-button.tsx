'use client';

import { useEffect, useId, useState } from 'react';
import type { FollowTarget } from '@/lib/follows/follow-target';
import { followAction, followStateAction, unfollowAction } from '@/lib/follows/actions';
import { SIGNED_IN_ATTRIBUTE } from '@/lib/page-cache/shared-audience';

export type FollowButtonLabels = { button: string; signInToFollow: string; followingStatus: string; notFollowingStatus: string; error: string };

/**
 * "Follow" on a space, an area or a resource. The page may be the copy shared by every resident (ADR 021), so both
 * variants are in the HTML (a sign-in link for visitors, the button for the signed in) and the button learns its
 * state from the browser. A toggle button (aria-pressed) with a fixed name, and a status line that says what
 * following means, read out when it changes.
 */
export function FollowButton({ target, labels, signInHref }: { target: FollowTarget; labels: FollowButtonLabels; signInHref: string }) {
  const [following, setFollowing] = useState<boolean | null>(null);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const statusId = useId();

  useEffect(() => {
    if (!document.documentElement.hasAttribute(SIGNED_IN_ATTRIBUTE)) return;
    let live = true;
    followStateAction({ type: target.type, id: target.id })
      .then((r) => live && r.ok && setFollowing(r.data.following))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [target.type, target.id]);

  async function toggle() {
    setPending(true);
    setFailed(false);
    try {
      const result = await (following ? unfollowAction(target) : followAction(target));
      if (result.ok) setFollowing(result.data.following);
      else setFailed(true);
    } catch {
      setFailed(true);
    }
    setPending(false);
  }

  const buttonClass = following
    ? 'rounded border-2 border-brand-700 bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70'
    : 'rounded border-2 border-brand-700 bg-white px-4 py-1.5 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70';
  return (
    <div className="flex flex-wrap items-center gap-3">
      <a href={signInHref} className="signed-out-only font-semibold text-brand-800 underline">
        {labels.signInToFollow}
      </a>
      <span className="signed-in-only flex flex-wrap items-center gap-3">
        <button type="button" aria-pressed={following === true} aria-describedby={statusId} disabled={pending || following === null} onClick={toggle} className={buttonClass}>
          {following && <span aria-hidden="true">✓ </span>}
          {labels.button}
        </button>
        <span id={statusId} aria-live="polite" className="text-sm">
          {failed ? <span className="font-medium text-danger">{labels.error}</span> : following ? labels.followingStatus : labels.notFollowingStatus}
        </span>
      </span>
    </div>
  );
}
