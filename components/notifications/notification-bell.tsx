'use client';

import { useEffect, useState } from 'react';
import { SIGNED_IN_ATTRIBUTE } from '@/lib/page-cache/shared-audience';

export type NotificationBellLabels = { link: string; unreadOne: string; unreadMany: string; manyUnread: string };

/** Mirrors UNREAD_COUNT_CAP of lib/notifications/queries.ts (not imported: that module is server-only). */
const CAP = 30;

/**
 * The header's link to the notification centre with the unread count. The header may be part of the page shared
 * by every resident (ADR 021), so the count is the browser's own request (/api/me/notifications, never cached),
 * made only when the page says someone is signed in. Texts come as props: public pages carry no message formatter.
 */
export function NotificationBell({ href, className, labels }: { href: string; className: string; labels: NotificationBellLabels }) {
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    if (!document.documentElement.hasAttribute(SIGNED_IN_ATTRIBUTE)) return;
    const controller = new AbortController();
    fetch('/api/me/notifications', { cache: 'no-store', signal: controller.signal, credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((body: { unread?: unknown } | null) => {
        if (body && typeof body.unread === 'number') setUnread(body.unread);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  const countText = unread > CAP ? labels.manyUnread.replace('{count}', String(CAP)) : unread === 1 ? labels.unreadOne : labels.unreadMany.replace('{count}', String(unread));
  return (
    <a href={href} className={className}>
      {labels.link}
      {unread > 0 && (
        <>
          {' '}
          <span aria-hidden="true" className="ml-1 inline-block min-w-6 rounded-full bg-white px-1.5 text-center text-sm font-bold text-brand-800">
            {unread > CAP ? `${CAP}+` : unread}
          </span>
          <span className="sr-only">({countText})</span>
        </>
      )}
    </a>
  );
}
