'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { ErrorCode } from '@/lib/core/errors';
import { unfollowAction } from '@/lib/follows/actions';

export type FollowedListItem = { type: string; id: string; title: string; path: string; automatic: boolean };

/** What the person follows, each with its own "stop following" button (named after the item for screen readers). */
export function FollowedList({ items: initial }: { items: FollowedListItem[] }) {
  const t = useTranslations('notifications.follows');
  const tErrors = useTranslations('errors');
  const [items, setItems] = useState(initial);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function stop(item: FollowedListItem) {
    setError(null);
    try {
      const result = await unfollowAction({ type: item.type, id: item.id });
      if (result.ok) setItems((list) => list.filter((i) => !(i.type === item.type && i.id === item.id)));
      else setError(result.error);
    } catch {
      setError('UNEXPECTED');
    }
  }

  return (
    <div>
      <span aria-live="polite">{error && <span role="alert" className="mb-2 block font-medium text-danger">{tErrors(error)}</span>}</span>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-gray-300 border-y border-gray-300">
          {items.map((item) => (
            <li key={`${item.type}:${item.id}`} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <span>
                <span className="mr-2 text-sm">{t.has(`types.${item.type}`) ? t(`types.${item.type}`) : item.type}</span>
                <Link href={item.path} className="font-semibold text-brand-800 underline">{item.title}</Link>
                {item.automatic && <span className="ml-2 text-sm">({t('automatic')})</span>}
              </span>
              <button type="button" onClick={() => stop(item)} className="rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50">
                {t('unfollow')}
                <span className="sr-only">: {item.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
