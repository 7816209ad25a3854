'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { ActionButton } from './component-action-button';
import {
  archiveComponentAction,
  deleteComponentAction,
  moveComponentAction,
  restoreComponentAction,
  setComponentPublishedAction,
} from '@/lib/components/actions';

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

/** Archives the component (hidden from residents, content kept) after an in-place confirmation, then returns to the list. */
export function ComponentArchiveButton({ componentId, spaceId, name }: { componentId: string; spaceId: string; name: string }) {
  const t = useTranslations('components.admin.detail');
  const router = useRouter();
  return (
    <ActionButton
      label={t('archive')}
      variant="danger"
      confirm={{ question: t('archiveConfirm', { name }), confirmLabel: t('archiveConfirmButton') }}
      run={() => archiveComponentAction(componentId)}
      onDone={() => {
        router.push(`/admin/spaces/${spaceId}/components`);
        router.refresh();
      }}
    />
  );
}

/** Brings an archived component back; the page then shows it as active again. */
export function ComponentRestoreButton({ componentId, name, named = false }: { componentId: string; name: string; named?: boolean }) {
  const t = useTranslations('components.admin');
  return (
    <ActionButton
      label={t('detail.restore')}
      accessibleLabel={named ? t('list.restoreNamed', { name }) : undefined}
      variant="primary"
      run={() => restoreComponentAction(componentId)}
    />
  );
}

/**
 * Deletes an EMPTY component for good after an in-place confirmation, then returns to the list. Only offered for
 * components without content; the server refuses others with NOT_EMPTY.
 */
export function ComponentDeleteButton({ componentId, spaceId, name, named = false }: { componentId: string; spaceId: string; name: string; named?: boolean }) {
  const t = useTranslations('components.admin');
  const router = useRouter();
  return (
    <ActionButton
      label={t('detail.delete')}
      accessibleLabel={named ? t('list.deleteNamed', { name }) : undefined}
      variant="danger"
      confirm={{ question: t('detail.deleteConfirm', { name }), confirmLabel: t('detail.deleteConfirmButton') }}
      run={() => deleteComponentAction(componentId)}
      onDone={() => {
        router.push(`/admin/spaces/${spaceId}/components`);
        router.refresh();
      }}
    />
  );
}
