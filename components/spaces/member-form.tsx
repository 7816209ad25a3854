'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { MemberPosition } from '@/generated/prisma/enums';
import { SelectField, TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { addSpaceMemberAction, updateSpaceMemberAction } from '@/lib/spaces/actions';
import { SpaceMemberSchema, type SpaceMemberFormValues } from '@/lib/spaces/schema';

const EMPTY_MEMBER: SpaceMemberFormValues = {
  fullName: '',
  position: 'MEMBER',
  positionNote: { fi: '', sv: '', en: '' },
  userEmail: '',
  startDate: '',
  endDate: '',
};

/**
 * Adds a listed member (memberId absent) or edits one. The heading names the form for assistive technology. The
 * account field is offered only to those who may link accounts (canManageSpaceMember); the server checks it again.
 */
export function MemberForm({ spaceId, memberId, heading, headingLevel = 3, defaultValues = EMPTY_MEMBER, canLinkAccount }: {
  spaceId: string; memberId?: string; heading: string; headingLevel?: 3 | 4; defaultValues?: SpaceMemberFormValues; canLinkAccount: boolean;
}) {
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  const t = useTranslations('spaces.members');
  const tPosition = useTranslations('spaces.position');
  const headingId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: SpaceMemberSchema,
    action: (values) => (memberId ? updateSpaceMemberAction(spaceId, memberId, values) : addSpaceMemberAction(spaceId, values)),
    defaultValues,
    onSuccess: () => {
      if (!memberId) form.reset(EMPTY_MEMBER);
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <Heading id={headingId} className="mb-3 text-lg font-bold">
          {heading}
        </Heading>
        <FormStatus outcome={outcome} successMessage={memberId ? undefined : t('added')} />
        <TextField name="fullName" label={t('fullName')} required autoComplete="off" />
        <SelectField
          name="position"
          label={t('position')}
          required
          options={Object.values(MemberPosition).map((value) => ({ value, label: tPosition(value) }))}
        />
        <LocalizedTextField name="positionNote" legend={t('positionNote')} required={false} hint={t('positionNoteHint')} />
        {canLinkAccount && <TextField name="userEmail" type="email" label={t('userEmail')} hint={t('userEmailHint')} autoComplete="off" />}
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField name="startDate" label={t('startDate')} type="date" />
          <TextField name="endDate" label={t('endDate')} type="date" />
        </div>
        <SubmitButton pending={form.formState.isSubmitting} label={memberId ? t('save') : t('add')} />
      </form>
    </FormProvider>
  );
}
