'use client';

import { useId, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextArea, TextField } from '@/components/forms/fields';
import { SubmitButton } from '@/components/forms/form-status';
import { residentDebateInputSchema, type ResidentDebateFormValues } from '@/lib/debates/schema';
import { createResidentDebateAction, updateOwnDebateAction } from '@/lib/debates/actions';
import { AreaCheckboxes } from './area-checkboxes';
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
          <AreaCheckboxes idPrefix={headingId} areas={areas} checked={(initial.areaIds ?? [])} legend={t('areas')} hint={t('areasHint')} />
        )}
        <SubmitButton pending={form.formState.isSubmitting} label={debateId ? t('save') : t('create')} />
      </form>
    </FormProvider>
  );
}
