'use client';

import { useId, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { ChangeEmailSchema } from '@/lib/users/account-schema';
import { requestEmailChangeAction } from '@/lib/users/account-actions';

export function ChangeEmailForm({ currentEmail, pendingEmail }: { currentEmail: string; pendingEmail: string | null }) {
  const t = useTranslations('profile.email');
  const router = useRouter();
  const headingId = useId();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, outcome } = useActionForm({
    schema: ChangeEmailSchema,
    action: requestEmailChangeAction,
    defaultValues: { newEmail: '', currentPassword: '' },
    onSuccess: () => {
      setSentTo(form.getValues('newEmail').trim().toLowerCase());
      form.reset();
      router.refresh();
    },
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">
          {t('title')}
        </h2>
        <p className="mb-2">{t('current', { email: currentEmail })}</p>
        {pendingEmail && <p className="mb-4 text-muted">{t('pendingChange', { email: pendingEmail })}</p>}
        <FormStatus outcome={outcome} successMessage={sentTo ? t('success', { email: sentTo }) : undefined} />
        <TextField name="newEmail" type="email" autoComplete="email" label={t('newEmail')} required />
        <TextField
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={t('currentPassword')}
          hint={t('currentPasswordHint')}
          required
        />
        <SubmitButton pending={form.formState.isSubmitting} label={t('submit')} pendingLabel={t('pending')} />
      </form>
    </FormProvider>
  );
}
