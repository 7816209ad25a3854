'use client';

import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { RequestResetSchema } from '@/lib/users/account-schema';
import { requestPasswordResetAction, resendConfirmationAction } from '@/lib/users/account-actions';

const ACTIONS = { forgotPassword: requestPasswordResetAction, resend: resendConfirmationAction } as const;

/**
 * "Send me a link" by email address: a new password, or the confirmation link again. The answer is the same
 * whether or not the address has an account, so the form cannot be used to find out who is registered.
 */
export function EmailRequestForm({ kind, headingId }: { kind: keyof typeof ACTIONS; headingId: string }) {
  const t = useTranslations(`auth.${kind}`);
  const { form, onSubmit, outcome } = useActionForm({
    schema: RequestResetSchema,
    action: ACTIONS[kind],
    defaultValues: { email: '' },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-md">
        <FormStatus outcome={outcome} successMessage={t('success')} />
        <TextField name="email" type="email" autoComplete="email" label={t('email')} required />
        <SubmitButton pending={form.formState.isSubmitting} label={t('submit')} pendingLabel={t('pending')} />
      </form>
    </FormProvider>
  );
}
