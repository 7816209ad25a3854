'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { saveReviewAction } from '@/lib/ideas/actions';
import { ideaReviewSchema, type IdeaReviewFormValues } from '@/lib/ideas/schema';
import type { IdeaBaseState } from '@/lib/ideas/states';

const FEASIBILITIES = ['FEASIBLE', 'PARTLY_FEASIBLE', 'NOT_FEASIBLE', 'UNCLEAR'] as const;

/** An evaluator's own assessment of the idea: private working papers until a coordinator publishes a decision. */
export function ReviewForm({ componentId, ideaId, defaultValues, states }: {
  componentId: string;
  ideaId: string;
  defaultValues: IdeaReviewFormValues;
  states: { value: IdeaBaseState; label: string }[];
}) {
  const t = useTranslations('ideas.review');
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ideaReviewSchema,
    action: (values) => saveReviewAction(componentId, ideaId, values),
    defaultValues,
    onSuccess: () => router.refresh(),
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`} className="mb-2 text-2xl font-bold">{t('reviewHeading')}</h2>
        <p className="mb-4 text-sm">{t('reviewIntro')}</p>
        <FormStatus outcome={outcome} successMessage={t('reviewSaved')} />
        <SelectField name="feasibility" label={t('feasibility')} options={[{ value: '', label: t('notAssessed') }, ...FEASIBILITIES.map((f) => ({ value: f, label: t(`feasibilities.${f}`) }))]} />
        <TextField name="costEstimate" label={t('cost')} hint={t('costHint')} inputMode="numeric" />
        <TextArea name="costJustification" label={t('costJustification')} rows={3} />
        <TextField name="timeFrame" label={t('timeFrame')} />
        <SelectField name="proposedState" label={t('proposedState')} options={[{ value: '', label: t('noProposal') }, ...states]} />
        <TextArea name="proposedAnswer" label={t('proposedAnswer')} rows={5} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('saveReview')} />
      </form>
    </FormProvider>
  );
}
