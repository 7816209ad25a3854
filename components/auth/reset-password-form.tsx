'use client';

import { useEffect, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { PASSWORD_MIN, ResetPasswordSchema } from '@/lib/users/account-schema';
import { resetPasswordAction } from '@/lib/users/account-actions';

export function ResetPasswordForm({ token, headingId }: { token: string; headingId: string }) {
  const t = useTranslations('auth.resetPassword');
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const { form, onSubmit, outcome } = useActionForm({
    schema: ResetPasswordSchema,
    action: resetPasswordAction,
    defaultValues: { token, password: '', confirm: '' },
    onSuccess: () => setDone(true),
  });

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (done) {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="max-w-xl rounded border-2 border-success bg-green-50 p-6">
        <p className="font-medium">{t('success')}</p>
        <p className="mt-3">
          <Link href="/sign-in" className="font-semibold text-brand-700 underline">{t('signIn')}</Link>
        </p>
      </div>
    );
  }

  const invalidToken = outcome?.kind === 'error' && outcome.code === 'INVALID_TOKEN';
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-md">
        <FormStatus outcome={outcome} />
        {invalidToken && (
          <p className="mb-4">
            <Link href="/forgot-password" className="font-semibold text-brand-700 underline">{t('requestNew')}</Link>
          </p>
        )}
        <input type="hidden" {...form.register('token')} />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('password')}
          hint={t('passwordHint', { min: PASSWORD_MIN })}
          required
        />
        <TextField name="confirm" type="password" autoComplete="new-password" label={t('confirm')} required />
        <SubmitButton pending={form.formState.isSubmitting} label={t('submit')} pendingLabel={t('pending')} />
      </form>
    </FormProvider>
  );
}
