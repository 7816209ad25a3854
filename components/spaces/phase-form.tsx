'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { useRouter } from '@/lib/i18n/navigation';
import { createPhaseAction, updatePhaseAction } from '@/lib/spaces/actions';
import { PhaseInputSchema, type PhaseFormValues } from '@/lib/spaces/schema';

const EMPTY_PHASE: PhaseFormValues = {
  title: { fi: '', sv: '', en: '' },
  description: { fi: '', sv: '', en: '' },
  startDate: '',
  endDate: '',
};

/** Adds a phase (phaseId absent) or edits one, then returns to the phase list. */
export function PhaseForm({ spaceId, phaseId, defaultValues = EMPTY_PHASE }: {
  spaceId: string; phaseId?: string; defaultValues?: PhaseFormValues;
}) {
  const t = useTranslations('spaces.phases');
  const headingId = useId();
  const router = useRouter();
  const { form, onSubmit, outcome } = useActionForm({
    schema: PhaseInputSchema,
    action: (values) => (phaseId ? updatePhaseAction(spaceId, phaseId, values) : createPhaseAction(spaceId, values)),
    defaultValues,
    onSuccess: () => {
      if (phaseId) router.push(`/admin/spaces/${spaceId}/phases`);
      else form.reset(EMPTY_PHASE);
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <h2 id={headingId} className="mb-4 text-xl font-bold">
          {phaseId ? t('editHeading') : t('addHeading')}
        </h2>
        <FormStatus outcome={outcome} successMessage={phaseId ? undefined : t('added')} />
        <LocalizedTextField name="title" legend={t('title')} />
        <LocalizedTextField name="description" legend={t('description')} multiline rows={4} required={false} hint={t('descriptionHint')} />
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField name="startDate" label={t('startDate')} type="date" />
          <TextField name="endDate" label={t('endDate')} type="date" />
        </div>
        <SubmitButton pending={form.formState.isSubmitting} label={phaseId ? t('submitEdit') : t('submitCreate')} />
      </form>
    </FormProvider>
  );
}
