'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { localeNames, type Locale } from '@/lib/i18n/config';
import { ProfileSchema } from '@/lib/users/account-schema';
import { updateProfileAction } from '@/lib/users/account-actions';

export type ProfileFormValues = { displayName: string; preferredLocale: Locale; homeAreaId: string; birthYear: string };

export function ProfileForm({ defaultValues, areaOptions, enabledLocales }: {
  defaultValues: ProfileFormValues;
  areaOptions: { id: string; name: string }[];
  enabledLocales: readonly Locale[];
}) {
  const t = useTranslations('profile.details');
  const router = useRouter();
  const headingId = useId();
  const whyId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ProfileSchema,
    action: updateProfileAction,
    defaultValues,
    onSuccess: () => router.refresh(),
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">
          {t('title')}
        </h2>
        <FormStatus outcome={outcome} successMessage={t('success')} />
        <TextField name="displayName" autoComplete="nickname" label={t('displayName')} hint={t('displayNameHint')} required />
        <SelectField
          name="preferredLocale"
          label={t('preferredLocale')}
          hint={t('preferredLocaleHint')}
          required
          options={enabledLocales.map((l) => ({ value: l, label: localeNames[l] }))}
        />
        <fieldset className="mb-4 rounded border border-gray-300 p-4" aria-describedby={whyId}>
          <legend className="px-1 font-bold">{t('eligibilityLegend')}</legend>
          <div id={whyId} className="mb-4 text-sm">
            <p>{t('why')}</p>
            <p className="mt-1">{t('whoSees')}</p>
          </div>
          <SelectField
            name="homeAreaId"
            label={t('homeArea')}
            hint={t('homeAreaHint')}
            options={[{ value: '', label: t('homeAreaNone') }, ...areaOptions.map((a) => ({ value: a.id, label: a.name }))]}
          />
          <TextField
            name="birthYear"
            inputMode="numeric"
            autoComplete="bday-year"
            maxLength={4}
            label={t('birthYear')}
            hint={t('birthYearHint')}
            className="mt-1 block w-32 rounded border border-gray-500 bg-white px-3 py-2 text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger"
          />
        </fieldset>
        <SubmitButton pending={form.formState.isSubmitting} label={t('submit')} />
      </form>
    </FormProvider>
  );
}
