'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { ActionButton } from '@/components/admin/component-action-button';
import { answerCoauthorInvitationAction, removeCoauthorAction } from '@/lib/ideas/actions';

type Props = { componentId: string; ideaId: string; doneHref?: string } & (
  | { kind: 'accept' | 'decline' }
  | { kind: 'remove' | 'cancel'; coauthorId: string; name: string }
  | { kind: 'leave'; coauthorId: string }
);

/** One of the co-authors page's buttons; those that end the reader's part on the page return them to the idea. */
export function CoauthorButton(props: Props) {
  const t = useTranslations('ideas.coauthors');
  const router = useRouter();
  const done = props.doneHref
    ? () => {
        router.push(props.doneHref!);
        router.refresh();
      }
    : undefined;
  switch (props.kind) {
    case 'accept':
      return <ActionButton label={t('accept')} variant="primary" run={() => answerCoauthorInvitationAction(props.componentId, props.ideaId, true)} onDone={done} />;
    case 'decline':
      return <ActionButton label={t('decline')} run={() => answerCoauthorInvitationAction(props.componentId, props.ideaId, false)} onDone={done} />;
    case 'leave':
      return (
        <ActionButton
          label={t('leave')}
          variant="danger"
          run={() => removeCoauthorAction(props.componentId, props.ideaId, props.coauthorId)}
          confirm={{ question: t('leaveQuestion'), confirmLabel: t('leave') }}
          onDone={done}
        />
      );
    default:
      return (
        <ActionButton
          label={t(props.kind)}
          accessibleLabel={`${t(props.kind)}: ${props.name}`}
          variant="danger"
          run={() => removeCoauthorAction(props.componentId, props.ideaId, props.coauthorId)}
          confirm={{ question: t(`${props.kind}Question`, { name: props.name }), confirmLabel: t(props.kind) }}
        />
      );
  }
}
