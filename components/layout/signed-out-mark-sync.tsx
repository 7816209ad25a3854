'use client';

import { useLayoutEffect } from 'react';
import { SIGNED_IN_ATTRIBUTE } from '@/lib/page-cache/shared-audience';

/**
 * A page served from the copy shared with residents got its signed-in mark from the proxy, not from React, so React
 * does not know to remove it. When a later server render (router.refresh, e.g. after "sign out everywhere") finds
 * the visitor signed out, this removes the mark so the signed-out variants show again (ADR 021).
 */
export function SignedOutMarkSync({ signedOut }: { signedOut: boolean }) {
  useLayoutEffect(() => {
    if (signedOut) document.documentElement.removeAttribute(SIGNED_IN_ATTRIBUTE);
  }, [signedOut]);
  return null;
}
