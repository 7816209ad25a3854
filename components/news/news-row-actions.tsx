'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/admin/component-action-button';
import type { NewsPostState } from '@/lib/news/post-state';
import { deleteNewsPostAction, setNewsPostPinnedAction, setNewsPostUnpublishedAction } from '@/lib/news/actions';

/** Pinning, unpublishing and deleting one post in the admin list; names include the title so each is distinct. */
export function NewsRowActions({ componentId, postId, title, state, isPinned }: {
  componentId: string; postId: string; title: string; state: NewsPostState; isPinned: boolean;
}) {
  const t = useTranslations('news.admin.actions');
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ActionButton
        label={isPinned ? t('unpin') : t('pin')}
        accessibleLabel={isPinned ? t('unpinNamed', { title }) : t('pinNamed', { title })}
        run={() => setNewsPostPinnedAction(componentId, postId, !isPinned)}
      />
      {(state === 'published' || state === 'scheduled') && (
        <ActionButton
          label={t('unpublish')}
          accessibleLabel={t('unpublishNamed', { title })}
          run={() => setNewsPostUnpublishedAction(componentId, postId, true)}
        />
      )}
      {state === 'unpublished' && (
        <ActionButton
          label={t('republish')}
          accessibleLabel={t('republishNamed', { title })}
          run={() => setNewsPostUnpublishedAction(componentId, postId, false)}
        />
      )}
      {state === 'draft' && (
        <ActionButton
          label={t('delete')}
          accessibleLabel={t('deleteNamed', { title })}
          variant="danger"
          confirm={{ question: t('deleteConfirm', { title }), confirmLabel: t('deleteConfirmButton') }}
          run={() => deleteNewsPostAction(componentId, postId)}
        />
      )}
    </div>
  );
}
