'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { ActionButton } from '@/components/admin/component-action-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField } from '@/components/forms/fields';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { createServiceAreaAction, deleteServiceAreaAction, setUserServiceAreaAction } from '@/lib/service-areas/actions';
import { serviceAreaInputSchema, userServiceAreaSchema } from '@/lib/service-areas/schema';

/** A new service area of the city, named in every language the organization writes (Finnish required). */
export function ServiceAreaForm() {
  const t = useTranslations('serviceAreas');
  const router = useRouter();
  const id = useId();
  const empty = { name: { fi: '', sv: '', en: '' } };
  const { form, onSubmit, outcome } = useActionForm({
    schema: serviceAreaInputSchema,
    action: (values) => createServiceAreaAction(values),
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`} className="mt-4 max-w-2xl">
        <h2 id={`${id}-h`} className="mb-2 text-xl font-bold">{t('add')}</h2>
        <FormStatus outcome={outcome} successMessage={t('added')} />
        <LocalizedTextField name="name" legend={t('name')} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('add')} />
      </form>
    </FormProvider>
  );
}

/** Removes a service area after a confirmation in place; a refusal is shown beside it. */
export function RemoveServiceArea({ id, name, label, confirm }: { id: string; name: string; label: string; confirm: string }) {
  return <ActionButton label={label} accessibleLabel={`${label}: ${name}`} variant="danger" run={() => deleteServiceAreaAction(id)} confirm={{ question: confirm, confirmLabel: label }} />;
}

/** The service area an official works in (or none), on the admin's page of a person. */
export function UserServiceAreaForm({ userId, current, areas }: { userId: string; current: string | null; areas: { id: string; name: string }[] }) {
  const t = useTranslations('serviceAreas');
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: userServiceAreaSchema,
    action: (values) => setUserServiceAreaAction(userId, values),
    defaultValues: { serviceAreaId: current ?? '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`} className="mt-2 max-w-xl">
        <h3 id={`${id}-h`} className="sr-only">{t('userHeading')}</h3>
        <FormStatus outcome={outcome} successMessage={t('saved')} />
        <SelectField name="serviceAreaId" label={t('userLabel')} options={[{ value: '', label: t('none') }, ...areas.map((a) => ({ value: a.id, label: a.name }))]} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('save')} />
      </form>
    </FormProvider>
  );
}
