'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { SpaceRoleKind } from '@/generated/prisma/enums';
import { SelectField, TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { useActionForm } from '@/components/forms/use-action-form';
import { grantSpaceRoleAction } from '@/lib/spaces/actions';
import { SpaceRoleGrantSchema, type SpaceRoleGrantFormValues } from '@/lib/spaces/schema';

const EMPTY: SpaceRoleGrantFormValues = { email: '', role: 'COORDINATOR' };

export function RoleGrantForm({ spaceId }: { spaceId: string }) {
  const t = useTranslations('spaces.roles');
  const tRole = useTranslations('spaces.role');
  const headingId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: SpaceRoleGrantSchema,
    action: (values) => grantSpaceRoleAction(spaceId, values),
    defaultValues: EMPTY,
    onSuccess: (): void => form.reset(EMPTY),
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-xl">
        <h3 id={headingId} className="mb-3 text-lg font-bold">
          {t('grantHeading')}
        </h3>
        <FormStatus outcome={outcome} successMessage={t('granted')} />
        <TextField name="email" type="email" label={t('email')} hint={t('emailHint')} required autoComplete="off" />
        <SelectField
          name="role"
          label={t('role')}
          hint={t('roleHint')}
          required
          options={Object.values(SpaceRoleKind).map((value) => ({ value, label: tRole(value) }))}
        />
        <SubmitButton pending={form.formState.isSubmitting} label={t('grant')} />
      </form>
    </FormProvider>
  );
}
