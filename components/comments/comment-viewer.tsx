'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import type { ResourceRef } from '@/lib/core/resources/resource-visibility';
import { commentViewerStateAction } from '@/lib/comments/actions';
import type { CommentViewerState } from '@/lib/comments/viewer-state';
import { SIGNED_IN_ATTRIBUTE } from '@/lib/page-cache/shared-audience';

type CommentViewerContext = {
  resource: ResourceRef;
  /** Signed in (the viewer's marks have arrived), and commenting open to a signed-in resident now. */
  canWrite: boolean;
  alignmentEnabled: boolean;
  /** The viewer's own marks, null until known (or for visitors). */
  state: CommentViewerState | null;
  /** Reloads the page's data after a change (the thread is rendered on the server). */
  refresh: () => void;
  markFlagged: (id: string) => void;
};

const Context = createContext<CommentViewerContext | null>(null);

export function useCommentViewer(): CommentViewerContext {
  const value = useContext(Context);
  if (!value) throw new Error('useCommentViewer outside <CommentViewer>');
  return value;
}

/**
 * The one client-side piece of a thread: learns, after the page has loaded, what the signed-in viewer has done with
 * the comments shown (one request for the page), so that the server-rendered thread can be the same for everyone.
 */
export function CommentViewer({ resource, commentIds, open, alignmentEnabled, children }: { resource: ResourceRef; commentIds: string[]; open: boolean; alignmentEnabled: boolean; children: ReactNode }) {
  const router = useRouter();
  const [state, setState] = useState<CommentViewerState | null>(null);
  const idsKey = commentIds.join(',');

  useEffect(() => {
    if (!document.documentElement.hasAttribute(SIGNED_IN_ATTRIBUTE)) return;
    let live = true;
    commentViewerStateAction(resource, idsKey === '' ? [] : idsKey.split(','))
      .then((r) => live && r.ok && setState(r.data))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [resource, idsKey]);

  const refresh = useCallback(() => router.refresh(), [router]);
  const markFlagged = useCallback((id: string) => setState((s) => (s ? { ...s, flagged: [...s.flagged, id] } : s)), []);
  const value = useMemo(
    () => ({ resource, canWrite: state !== null && open, alignmentEnabled, state, refresh, markFlagged }),
    [resource, open, alignmentEnabled, state, refresh, markFlagged],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}
