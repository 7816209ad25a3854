'use client';

import { FormProvider } from 'react-hook-form';
import { signIn } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { fail, ok, type ActionResult } from '@/lib/core/action-result';
import { ErrorCodes, type ErrorCode } from '@/lib/core/errors';
import { SignInFormSchema, signInTarget, type SignInFormInput } from '@/lib/users/account-schema';
import { ResendConfirmationButton } from './resend-confirmation-button';

/** next-auth reports the failure code thrown by authorize() (lib/auth/next-auth-options.ts) as `error`. */
function toErrorCode(error: string): ErrorCode {
  return (ErrorCodes as readonly string[]).includes(error) ? (error as ErrorCode) : 'UNEXPECTED';
}

async function signInWithCredentials(values: SignInFormInput): Promise<ActionResult<undefined>> {
  const result = await signIn('credentials', { redirect: false, email: values.email, password: values.password });
  if (!result) return fail('UNEXPECTED');
  if (result.error) return fail(toErrorCode(result.error));
  return result.ok ? ok(undefined) : fail('UNEXPECTED');
}

export function SignInForm({ headingId, returnTo }: { headingId: string; returnTo?: string }) {
  const t = useTranslations('auth.signIn');
  const locale = useLocale();
  const router = useRouter();
  const { form, onSubmit, outcome } = useActionForm({
    schema: SignInFormSchema,
    action: signInWithCredentials,
    defaultValues: { email: '', password: '' },
    onSuccess: () => {
      // signInTarget() yields a full path with the locale prefix, so the plain (not locale-aware) router is used.
      router.push(signInTarget(returnTo, locale));
      router.refresh();
    },
  });
  const notConfirmed = outcome?.kind === 'error' && outcome.code === 'EMAIL_NOT_CONFIRMED';

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-md">
        <FormStatus outcome={outcome} successMessage={t('success')} />
        {notConfirmed && <ResendConfirmationButton email={form.getValues('email')} />}
        {/* Not marked required: the labels stay exactly "Sähköposti" and "Salasana", and both fields obviously are. */}
        <TextField name="email" type="email" autoComplete="username" label={t('email')} />
        <TextField name="password" type="password" autoComplete="current-password" label={t('password')} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('submit')} pendingLabel={t('pending')} />
      </form>
    </FormProvider>
  );
}
