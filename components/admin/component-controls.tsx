'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { ActionButton } from './component-action-button';
import { deleteComponentAction, moveComponentAction, setComponentPublishedAction } from '@/lib/components/actions';

/** Move up/down buttons of one component in the space's list; names carry the component's name. */
export function ComponentMoveButtons({ componentId, name, isFirst, isLast }: { componentId: string; name: string; isFirst: boolean; isLast: boolean }) {
  const t = useTranslations('components.admin.list');
  const tActions = useTranslations('common.actions');
  return (
    <div className="flex flex-wrap gap-2">
      <ActionButton
        label={tActions('moveUp')}
        accessibleLabel={t('moveUpNamed', { name })}
        disabled={isFirst}
        run={() => moveComponentAction(componentId, 'up')}
      />
      <ActionButton
        label={tActions('moveDown')}
        accessibleLabel={t('moveDownNamed', { name })}
        disabled={isLast}
        run={() => moveComponentAction(componentId, 'down')}
      />
    </div>
  );
}

export function ComponentPublishButton({ componentId, name, isPublished }: { componentId: string; name: string; isPublished: boolean }) {
  const t = useTranslations('components.admin.list');
  const tActions = useTranslations('common.actions');
  const label = isPublished ? tActions('unpublish') : tActions('publish');
  return (
    <ActionButton
      label={label}
      accessibleLabel={t(isPublished ? 'unpublishNamed' : 'publishNamed', { name })}
      variant={isPublished ? 'secondary' : 'primary'}
      run={() => setComponentPublishedAction(componentId, !isPublished)}
    />
  );
}

/** Deletes the component with its content after an in-place confirmation, then returns to the list. */
export function ComponentDeleteButton({ componentId, spaceId, name }: { componentId: string; spaceId: string; name: string }) {
  const t = useTranslations('components.admin.detail');
  const router = useRouter();
  return (
    <ActionButton
      label={t('delete')}
      variant="danger"
      confirm={{ question: t('deleteConfirm', { name }), confirmLabel: t('deleteConfirmButton') }}
      run={() => deleteComponentAction(componentId)}
      onDone={() => {
        router.push(`/admin/spaces/${spaceId}/components`);
        router.refresh();
      }}
    />
  );
}
