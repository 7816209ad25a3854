'use client';

import { useId } from 'react';
import { FormProvider, get } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { FieldError } from '@/components/forms/field-error';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { locales, localeNames } from '@/lib/i18n/config';
import { OrganizationSettingsSchema, type OrganizationSettingsInput } from '@/lib/organization/schema';
import { updateOrganizationAction } from '@/lib/organization/actions';

export function OrganizationForm({ defaultValues, timeZones }: { defaultValues: OrganizationSettingsInput; timeZones: string[] }) {
  const t = useTranslations('organization');
  const router = useRouter();
  const headingId = useId();
  const localesId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: OrganizationSettingsSchema,
    action: updateOrganizationAction,
    defaultValues,
    onSuccess: () => router.refresh(),
  });
  const localesError = (get(form.formState.errors, 'enabledLocales') as { message?: string } | undefined)?.message;

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-2xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">
          {t('form.title')}
        </h2>
        <FormStatus outcome={outcome} successMessage={t('form.saved')} />
        <LocalizedTextField name="name" legend={t('fields.name')} />
        <TextField name="contactEmail" type="email" autoComplete="email" label={t('fields.contactEmail')} hint={t('hints.contactEmail')} />
        <TextField
          name="accessibilityContactEmail"
          type="email"
          autoComplete="email"
          label={t('fields.accessibilityContactEmail')}
          hint={t('hints.accessibilityContactEmail')}
        />
        <fieldset
          className="mb-4 rounded border border-gray-300 p-4"
          aria-describedby={[`${localesId}-hint`, localesError ? `${localesId}-error` : null].filter(Boolean).join(' ')}
        >
          <legend className="px-1 font-bold">{t('fields.enabledLocales')}</legend>
          <p id={`${localesId}-hint`} className="mb-2 text-sm text-muted">
            {t('hints.enabledLocales')}
          </p>
          {locales.map((l) => (
            <div key={l} className="mb-2 flex items-center gap-2">
              <input
                id={`${localesId}-${l}`}
                type="checkbox"
                value={l}
                className="h-5 w-5"
                aria-invalid={localesError ? true : undefined}
                {...form.register('enabledLocales')}
              />
              <label htmlFor={`${localesId}-${l}`} lang={l}>
                {localeNames[l]}
              </label>
            </div>
          ))}
          <FieldError id={`${localesId}-error`} message={localesError} />
        </fieldset>
        <SelectField
          name="timeZone"
          label={t('fields.timeZone')}
          hint={t('hints.timeZone')}
          required
          options={timeZones.map((tz) => ({ value: tz, label: tz.replaceAll('_', ' ') }))}
        />
        <TextField
          name="accessibilityStatementDate"
          type="date"
          label={t('fields.accessibilityStatementDate')}
          hint={t('hints.accessibilityStatementDate')}
        />
        <SubmitButton pending={form.formState.isSubmitting} label={t('form.submit')} />
      </form>
    </FormProvider>
  );
}
