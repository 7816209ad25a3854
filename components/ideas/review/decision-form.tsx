'use client';

import { useId } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { decideIdeaAction } from '@/lib/ideas/actions';
import { ideaDecisionSchema, type IdeaDecisionFormValues } from '@/lib/ideas/schema';
import type { IdeaBaseState } from '@/lib/ideas/states';

/**
 * A coordinator publishes the city's decision on an idea: the state (only those the transition graph allows from the
 * current one are offered; the server checks again), a custom state of that base, the public reason (required for a
 * rejection), the answer and the cost estimate with its justification and time frame, prefilled from the reviews.
 */
export function DecisionForm({ componentId, ideaId, defaultValues, states, customStates, mergeTargets }: {
  componentId: string;
  ideaId: string;
  defaultValues: IdeaDecisionFormValues;
  states: { value: IdeaBaseState; label: string }[];
  customStates: { id: string; baseState: IdeaBaseState; label: string }[];
  mergeTargets: { id: string; title: string }[];
}) {
  const t = useTranslations('ideas.review');
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ideaDecisionSchema,
    action: (values) => decideIdeaAction(componentId, ideaId, values),
    defaultValues,
    onSuccess: () => router.refresh(),
  });
  const state = useWatch({ control: form.control, name: 'state' });
  const customOptions = customStates.filter((c) => c.baseState === state);
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`} className="mb-2 text-2xl font-bold">{t('decisionHeading')}</h2>
        <p className="mb-4 text-sm">{t('decisionIntro')}</p>
        <FormStatus outcome={outcome} successMessage={t('decisionSaved')} />
        <SelectField name="state" label={t('state')} required options={states.map((s) => ({ value: s.value, label: s.label }))} />
        {customOptions.length > 0 && (
          <SelectField name="customStateId" label={t('customState')} options={[{ value: '', label: t('noCustomState') }, ...customOptions.map((c) => ({ value: c.id, label: c.label }))]} />
        )}
        {state === 'MERGED' && (
          <SelectField name="mergedIntoId" label={t('mergedInto')} required options={[{ value: '', label: t('chooseIdea') }, ...mergeTargets.map((m) => ({ value: m.id, label: m.title }))]} />
        )}
        <LocalizedTextField name="reason" legend={t('reason')} multiline rows={3} required={state === 'REJECTED'} hint={state === 'REJECTED' ? t('reasonRequiredHint') : t('reasonHint')} />
        <LocalizedTextField name="answer" legend={t('answer')} multiline rows={5} required={false} hint={t('answerHint')} />
        <TextField name="costEstimate" label={t('cost')} hint={t('costHint')} inputMode="numeric" />
        <LocalizedTextField name="costJustification" legend={t('costJustification')} multiline rows={2} required={false} />
        <LocalizedTextField name="timeFrame" legend={t('timeFrame')} required={false} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('publishDecision')} />
      </form>
    </FormProvider>
  );
}
