'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/admin/component-action-button';
import { deleteDebateAction, reopenDebateAction } from '@/lib/debates/actions';

/**
 * Reopening and deleting one debate in the admin list (closing has its own page, for the conclusion); names include
 * the title so each button is distinct. Deleting is offered only while nobody has commented; the server checks again
 * and says why if someone commented meanwhile.
 */
export function DebateRowActions({ componentId, debateId, title, closed, deletable }: {
  componentId: string;
  debateId: string;
  title: string;
  closed: boolean;
  deletable: boolean;
}) {
  const t = useTranslations('debates.admin.actions');
  return (
    <div className="flex flex-wrap items-center gap-2">
      {closed && <ActionButton label={t('reopen')} accessibleLabel={t('reopenNamed', { title })} run={() => reopenDebateAction(componentId, debateId)} />}
      {deletable && (
        <ActionButton
          label={t('delete')}
          accessibleLabel={t('deleteNamed', { title })}
          variant="danger"
          confirm={{ question: t('deleteConfirm', { title }), confirmLabel: t('deleteConfirmButton') }}
          run={() => deleteDebateAction(componentId, debateId)}
        />
      )}
    </div>
  );
}
