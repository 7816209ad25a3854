'use client';

import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { PlainTextField } from '@/components/forms/plain-text-field';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import type { FormOutcome } from '@/components/forms/use-action-form';
import { ErrorCodes, type ErrorCode } from '@/lib/core/errors';
import { signInWithCredentials } from '@/lib/auth/credentials-client';
import { signInTarget } from '@/lib/users/return-to';
import { ResendConfirmationButton } from './resend-confirmation-button';
import { checkSignInFields, type FieldErrors } from './sign-in-check';

/** next-auth reports the failure code thrown by authorize() (lib/auth/next-auth-options.ts) as `error`. */
function toErrorCode(error: string): ErrorCode {
  return (ErrorCodes as readonly string[]).includes(error) ? (error as ErrorCode) : 'UNEXPECTED';
}

/**
 * The sign-in form, kept small on purpose: it is the page most visitors open on a phone, so it does without
 * react-hook-form, zod and next-auth/react (about 100 KB of gzipped JavaScript together).
 */
export function SignInForm({ headingId, returnTo }: { headingId: string; returnTo?: string }) {
  const t = useTranslations('auth.signIn');
  const locale = useLocale();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<FormOutcome>(null);
  const [pending, setPending] = useState(false);
  const [email, setEmail] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const typedEmail = String(data.get('email') ?? '');
    const password = String(data.get('password') ?? '');
    setEmail(typedEmail.trim().toLowerCase());
    const fieldErrors = checkSignInFields(typedEmail, password);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length > 0) {
      setOutcome({ kind: 'error', code: 'INVALID_INPUT' });
      return;
    }
    setOutcome(null);
    setPending(true);
    let error: string | null;
    try {
      error = await signInWithCredentials(typedEmail.trim().toLowerCase(), password);
    } catch {
      error = 'UNEXPECTED';
    }
    setPending(false);
    if (error) {
      setOutcome({ kind: 'error', code: toErrorCode(error) });
      return;
    }
    setOutcome({ kind: 'success' });
    // signInTarget() yields a full path with the locale prefix, so the plain (not locale-aware) router is used.
    router.push(signInTarget(returnTo, locale));
    router.refresh();
  }

  const notConfirmed = outcome?.kind === 'error' && outcome.code === 'EMAIL_NOT_CONFIRMED';
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-md">
      <FormStatus outcome={outcome} successMessage={t('success')} />
      {notConfirmed && <ResendConfirmationButton email={email} />}
      {/* Not marked required: the labels stay exactly "Sähköposti" and "Salasana", and both fields obviously are. */}
      <PlainTextField name="email" type="email" autoComplete="username" label={t('email')} error={errors.email} />
      <PlainTextField name="password" type="password" autoComplete="current-password" label={t('password')} error={errors.password} />
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('pending')} />
    </form>
  );
}
