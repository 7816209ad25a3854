'use client';

import { useEffect, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { CheckboxField, SelectField, TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { isLocale, localeNames, type Locale } from '@/lib/i18n/config';
import { PASSWORD_MIN, RegisterSchema } from '@/lib/users/account-schema';
import { registerAction } from '@/lib/users/account-actions';

export function RegisterForm({ headingId, enabledLocales }: { headingId: string; enabledLocales: readonly Locale[] }) {
  const t = useTranslations('auth.register');
  const locale = useLocale();
  const [registeredEmail, setRegisteredEmail] = useState<string | null>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const { form, onSubmit, outcome } = useActionForm({
    schema: RegisterSchema,
    action: registerAction,
    defaultValues: { email: '', password: '', displayName: '', preferredLocale: isLocale(locale) ? locale : 'fi', newsletter: false },
    onSuccess: (): void => setRegisteredEmail(form.getValues('email').trim().toLowerCase()),
  });

  useEffect(() => {
    // The form disappears; move focus to the outcome so that keyboard and screen reader users land on it.
    if (registeredEmail) doneRef.current?.focus();
  }, [registeredEmail]);

  if (registeredEmail) {
    return (
      <section aria-labelledby="register-done" className="max-w-xl rounded border-2 border-success bg-green-50 p-6">
        <h2 id="register-done" ref={doneRef} tabIndex={-1} className="text-2xl font-bold">
          {t('successTitle')}
        </h2>
        <p className="mt-3">{t('successBody', { email: registeredEmail })}</p>
        <p className="mt-2">{t('successSpam')}</p>
      </section>
    );
  }

  const emailTaken = form.formState.errors.email?.message === 'emailTaken';
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-md">
        <FormStatus outcome={outcome} />
        <TextField name="email" type="email" autoComplete="email" label={t('email')} hint={t('emailHint')} required />
        {emailTaken && (
          <p className="-mt-2 mb-4">
            <Link href="/sign-in" className="text-brand-700 underline">{t('emailTakenSignIn')}</Link>
            {' · '}
            <Link href="/forgot-password" className="text-brand-700 underline">{t('emailTakenReset')}</Link>
          </p>
        )}
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('password')}
          hint={t('passwordHint', { min: PASSWORD_MIN })}
          required
        />
        <TextField name="displayName" autoComplete="nickname" label={t('displayName')} hint={t('displayNameHint')} required />
        <SelectField
          name="preferredLocale"
          label={t('preferredLocale')}
          hint={t('preferredLocaleHint')}
          required
          options={enabledLocales.map((l) => ({ value: l, label: localeNames[l] }))}
        />
        <CheckboxField name="newsletter" label={t('newsletter')} hint={t('newsletterHint')} />
        <p className="mb-4 text-sm text-muted">{t('privacy')}</p>
        <SubmitButton pending={form.formState.isSubmitting} label={t('submit')} pendingLabel={t('pending')} />
      </form>
    </FormProvider>
  );
}
