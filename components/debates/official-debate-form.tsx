'use client';

import { useId, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { SubmitButton } from '@/components/forms/form-status';
import { officialDebateInputSchema, type OfficialDebateFormValues } from '@/lib/debates/schema';
import { createDebateAction, updateDebateAction } from '@/lib/debates/actions';
import { AreaCheckboxes } from './area-checkboxes';
import { DebateFormStatus, formReason } from './form-problem';

/**
 * An official opens or edits a debate: title and description per language (Markdown description) and the space's
 * areas it concerns. The same zod schema checks the values here and on the server.
 */
export function OfficialDebateForm({ componentId, debateId, defaultValues, areas, listHref, plainTextNote }: {
  componentId: string;
  /** Absent when opening a debate. */
  debateId?: string;
  defaultValues: OfficialDebateFormValues;
  areas: { id: string; name: string; lang: string }[];
  listHref: string;
  /** A resident's debate keeps its plain-text description on the page: said next to the field. */
  plainTextNote?: boolean;
}) {
  const t = useTranslations('debates.admin.form');
  const router = useRouter();
  const headingId = useId();
  const [reason, setReason] = useState<string | null>(null);
  const { form, onSubmit, outcome } = useActionForm({
    schema: officialDebateInputSchema,
    action: async (values) => {
      const result = debateId ? await updateDebateAction(componentId, debateId, values) : await createDebateAction(componentId, values);
      setReason(formReason(result));
      return result;
    },
    defaultValues,
    onSuccess: () => {
      router.push(listHref);
      router.refresh();
    },
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">
          {t('heading')}
        </h2>
        <DebateFormStatus outcome={outcome} reason={reason} successMessage={t('saved')} />
        <LocalizedTextField name="title" legend={t('title')} />
        <LocalizedTextField name="description" legend={t('description')} multiline rows={10} hint={plainTextNote ? t('descriptionPlainHint') : t('descriptionHint')} />
          <AreaCheckboxes idPrefix={headingId} areas={areas} checked={defaultValues.areaIds} legend={t('areas')} hint={t('areasHint')} empty={t('noAreas')} />
        <SubmitButton pending={form.formState.isSubmitting} label={debateId ? t('save') : t('create')} />
      </form>
    </FormProvider>
  );
}
