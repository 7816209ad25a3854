'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { ComponentNameSchema, type ComponentNameFormValues } from '@/lib/components/schema';
import { updateComponentNameAction } from '@/lib/components/actions';

/** Renames a component (the name residents see in the space's list of components). */
export function ComponentNameForm({ componentId, defaultValues }: { componentId: string; defaultValues: ComponentNameFormValues }) {
  const t = useTranslations('components.admin.detail');
  const router = useRouter();
  const headingId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ComponentNameSchema,
    action: (values) => updateComponentNameAction(componentId, values),
    defaultValues,
    onSuccess: () => router.refresh(),
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">
          {t('nameTitle')}
        </h2>
        <FormStatus outcome={outcome} />
        <LocalizedTextField name="name" legend={t('name')} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('saveName')} />
      </form>
    </FormProvider>
  );
}
