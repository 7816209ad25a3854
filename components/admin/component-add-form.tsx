'use client';

import { useId } from 'react';
import { FormProvider, get } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { FieldError } from '@/components/forms/field-error';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { AddComponentSchema, type AddComponentFormValues } from '@/lib/components/schema';
import { addComponentAction } from '@/lib/components/actions';

/** Adds a component of a registered kind to a space and opens its settings. */
export function ComponentAddForm({ spaceId, kinds }: {
  spaceId: string;
  /** Every registered kind with its translated name and description. */
  kinds: { kind: AddComponentFormValues['kind']; name: string; description: string }[];
}) {
  const t = useTranslations('components.admin.add');
  const router = useRouter();
  const headingId = useId();
  const kindId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: AddComponentSchema,
    action: (values) => addComponentAction(spaceId, values),
    defaultValues: { kind: kinds.length === 1 ? kinds[0]!.kind : undefined, name: { fi: '', sv: '', en: '' } },
    onSuccess: ({ id }) => router.push(`/admin/spaces/${spaceId}/components/${id}`),
  });
  const kindError = (get(form.formState.errors, 'kind') as { message?: string } | undefined)?.message;

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">
          {t('title')}
        </h2>
        <FormStatus outcome={outcome} successMessage={t('added')} />
        <fieldset className="mb-4 rounded border border-gray-300 p-4" aria-describedby={kindError ? `${kindId}-error` : undefined}>
          <legend className="px-1 font-bold">
            {t('kind')}
            <span aria-hidden="true"> *</span>
          </legend>
          <ul className="space-y-3">
            {kinds.map((k) => (
              <li key={k.kind} className="flex items-start gap-2">
                <input
                  id={`${kindId}-${k.kind}`}
                  type="radio"
                  value={k.kind}
                  className="mt-1 h-5 w-5"
                  aria-describedby={`${kindId}-${k.kind}-description`}
                  {...form.register('kind')}
                />
                <div>
                  <label htmlFor={`${kindId}-${k.kind}`} className="font-semibold">
                    {k.name}
                  </label>
                  <p id={`${kindId}-${k.kind}-description`} className="text-sm text-muted">
                    {k.description}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          <FieldError id={`${kindId}-error`} message={kindError} />
        </fieldset>
        <LocalizedTextField name="name" legend={t('name')} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('submit')} />
      </form>
    </FormProvider>
  );
}
