'use client';

import { useEffect, useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextArea, TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { FEEDBACK_MESSAGE_MAX, FEEDBACK_MESSAGE_MIN, FeedbackSchema, isPathOrHttpUrl } from '@/lib/accessibility/schema';
import { submitAccessibilityFeedbackAction } from '@/lib/accessibility/actions';

/**
 * The accessibility feedback channel required by law 306/2019. Works without signing in. When the visitor came
 * from another page of this site (link or referrer), that page is filled in so they need not copy the address.
 */
export function FeedbackForm({ initialPageUrl }: { initialPageUrl?: string }) {
  const t = useTranslations('accessibility.form');
  const headingId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: FeedbackSchema,
    action: submitAccessibilityFeedbackAction,
    defaultValues: { name: '', email: '', pageUrl: initialPageUrl ?? '', message: '' },
    onSuccess: (): void => form.reset({ name: '', email: '', pageUrl: '', message: '' }),
  });
  const { getValues, setValue } = form;

  useEffect(() => {
    if (getValues('pageUrl') || !document.referrer) return;
    try {
      const referrer = new URL(document.referrer);
      if (referrer.origin === window.location.origin && referrer.pathname !== window.location.pathname) {
        const path = `${referrer.pathname}${referrer.search}`;
        if (isPathOrHttpUrl(path)) setValue('pageUrl', path);
      }
    } catch {
      // An unreadable referrer is simply not used.
    }
  }, [getValues, setValue]);

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-2xl">
        <h3 id={headingId} className="mb-2 text-xl font-bold">
          {t('title')}
        </h3>
        <p className="mb-4">{t('intro')}</p>
        <FormStatus outcome={outcome} successMessage={t('success')} />
        <TextArea
          name="message"
          label={t('message')}
          hint={t('messageHint', { min: FEEDBACK_MESSAGE_MIN, max: FEEDBACK_MESSAGE_MAX })}
          required
          rows={6}
        />
        <TextField name="pageUrl" label={t('pageUrl')} hint={t('pageUrlHint')} />
        <TextField name="name" label={t('name')} hint={t('optional')} autoComplete="name" />
        <TextField name="email" type="email" label={t('email')} hint={t('emailHint')} autoComplete="email" />
        <p className="mb-4 text-sm text-muted">{t('privacy')}</p>
        <SubmitButton pending={form.formState.isSubmitting} label={t('submit')} pendingLabel={t('sending')} />
      </form>
    </FormProvider>
  );
}
