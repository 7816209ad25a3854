'use client';

import { useId, useState } from 'react';
import { FormProvider, get } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextArea, TextField } from '@/components/forms/fields';
import { FieldError } from '@/components/forms/field-error';
import { SubmitButton } from '@/components/forms/form-status';
import { residentDebateInputSchema, type ResidentDebateFormValues } from '@/lib/debates/schema';
import { createResidentDebateAction, updateOwnDebateAction } from '@/lib/debates/actions';
import { DebateFormStatus, formReason } from './form-problem';

/**
 * A resident starts a debate, or corrects their own: a title and a description in their own language (plain text)
 * and, optionally, which of the space's areas it concerns. The same zod schema checks the values here and on the
 * server, which also checks that starting debates is open now. After saving, the debate's page opens.
 */
export function ResidentDebateForm({ componentId, debateId, defaultValues, areas, debatesHref, hints }: {
  componentId: string;
  /** Present when the author edits their debate. */
  debateId?: string;
  defaultValues?: ResidentDebateFormValues;
  areas: { id: string; name: string; lang: string }[];
  /** The component's public address; the debate's page is under it. */
  debatesHref: string;
  hints: { titleHint: string; descriptionHint: string };
}) {
  const t = useTranslations('debates.form');
  const router = useRouter();
  const headingId = useId();
  const [reason, setReason] = useState<string | null>(null);
  const initial: ResidentDebateFormValues = defaultValues ?? { title: '', description: '', areaIds: [] };
  const { form, onSubmit, outcome } = useActionForm({
    schema: residentDebateInputSchema,
    action: async (values) => {
      const result = debateId ? await updateOwnDebateAction(componentId, debateId, values) : await createResidentDebateAction(componentId, values);
      setReason(formReason(result));
      return result;
    },
    defaultValues: initial,
    onSuccess: (data) => {
      router.push(`${debatesHref}/${data.id}`);
      router.refresh();
    },
  });
  const areaError = (get(form.formState.errors, 'areaIds') ?? get(form.formState.errors, 'areaIds.0')) as { message?: string } | undefined;

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">
          {t('heading')}
        </h2>
        <DebateFormStatus outcome={outcome} reason={reason} successMessage={debateId ? t('saved') : t('created')} />
        <TextField name="title" label={t('title')} hint={hints.titleHint} required />
        <TextArea name="description" label={t('description')} hint={hints.descriptionHint} rows={8} required />
        {areas.length > 0 && (
          <fieldset className="mb-4 rounded border border-gray-300 p-4" aria-describedby={areaError?.message ? `${headingId}-areas-error` : undefined}>
            <legend className="px-1 font-bold">{t('areas')}</legend>
            <p className="mb-2 text-sm text-muted">{t('areasHint')}</p>
            <ul className="grid gap-1 sm:grid-cols-2">
              {areas.map((area) => (
                <li key={area.id} className="flex items-center gap-2">
                  <input
                    id={`${headingId}-area-${area.id}`}
                    type="checkbox"
                    value={area.id}
                    className="h-5 w-5"
                    defaultChecked={initial.areaIds?.includes(area.id)}
                    {...form.register('areaIds')}
                  />
                  <label htmlFor={`${headingId}-area-${area.id}`} lang={area.lang}>
                    {area.name}
                  </label>
                </li>
              ))}
            </ul>
            <FieldError id={`${headingId}-areas-error`} message={areaError?.message} />
          </fieldset>
        )}
        <SubmitButton pending={form.formState.isSubmitting} label={debateId ? t('save') : t('create')} />
      </form>
    </FormProvider>
  );
}
