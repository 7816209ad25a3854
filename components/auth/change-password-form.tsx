'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { ChangePasswordSchema, PASSWORD_MIN } from '@/lib/users/account-schema';
import { changePasswordAction } from '@/lib/users/account-actions';

export function ChangePasswordForm() {
  const t = useTranslations('profile.password');
  const router = useRouter();
  const headingId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ChangePasswordSchema,
    action: changePasswordAction,
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
    onSuccess: () => {
      form.reset();
      // The list of signed-in devices below shrinks to this one.
      router.refresh();
    },
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">
          {t('title')}
        </h2>
        <FormStatus outcome={outcome} successMessage={t('success')} />
        <TextField name="currentPassword" type="password" autoComplete="current-password" label={t('currentPassword')} required />
        <TextField
          name="newPassword"
          type="password"
          autoComplete="new-password"
          label={t('newPassword')}
          hint={t('newPasswordHint', { min: PASSWORD_MIN })}
          required
        />
        <TextField name="confirm" type="password" autoComplete="new-password" label={t('confirm')} required />
        <SubmitButton pending={form.formState.isSubmitting} label={t('submit')} pendingLabel={t('pending')} />
      </form>
    </FormProvider>
  );
}
