'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/admin/component-action-button';
import { deletePageAction, movePageAction } from '@/lib/pages/actions';

/** Ordering and deletion of one page in the admin list; names include the page title so each button is distinct. */
export function PageRowActions({ componentId, pageId, title, isFirst, isLast }: {
  componentId: string; pageId: string; title: string; isFirst: boolean; isLast: boolean;
}) {
  const t = useTranslations('pages.admin');
  const tActions = useTranslations('common.actions');
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ActionButton
        label={tActions('moveUp')}
        accessibleLabel={t('moveUpNamed', { title })}
        disabled={isFirst}
        run={() => movePageAction(componentId, pageId, 'up')}
      />
      <ActionButton
        label={tActions('moveDown')}
        accessibleLabel={t('moveDownNamed', { title })}
        disabled={isLast}
        run={() => movePageAction(componentId, pageId, 'down')}
      />
      <ActionButton
        label={tActions('delete')}
        accessibleLabel={t('deleteNamed', { title })}
        variant="danger"
        confirm={{ question: t('deleteConfirm', { title }), confirmLabel: t('deleteConfirmButton') }}
        run={() => deletePageAction(componentId, pageId)}
      />
    </div>
  );
}
