'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { ActionButton } from '@/components/admin/component-action-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/forms/fields';
import { GroupedSelect } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { assignEvaluatorAction, unassignEvaluatorAction } from '@/lib/ideas/actions';
import { ideaAssignmentSchema } from '@/lib/ideas/schema';

/** Evaluators by service area, in the order given (the query sorts them). */
function groupsOf(evaluators: { id: string; name: string; group: string }[]) {
  const groups: { label: string; options: { value: string; label: string }[] }[] = [];
  for (const e of evaluators) {
    const last = groups.at(-1);
    if (last?.label === e.group) last.options.push({ value: e.id, label: e.name });
    else groups.push({ label: e.group, options: [{ value: e.id, label: e.name }] });
  }
  return groups;
}

/** A coordinator assigns one of the space's evaluators to the idea with a due date (again: a new due date). */
export function AssignmentForm({ componentId, ideaId, evaluators }: { componentId: string; ideaId: string; evaluators: { id: string; name: string; group: string }[] }) {
  const t = useTranslations('ideas.review');
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ideaAssignmentSchema,
    action: (values) => assignEvaluatorAction(componentId, ideaId, values),
    defaultValues: { evaluatorId: evaluators[0]?.id ?? '', dueDate: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`} className="mt-3">
        <h3 id={`${id}-h`} className="mb-2 font-bold">{t('assign')}</h3>
        <FormStatus outcome={outcome} successMessage={t('assigned')} />
        <GroupedSelect name="evaluatorId" label={t('evaluator')} hint={t('evaluatorHint')} groups={groupsOf(evaluators)} />
        <TextField name="dueDate" label={t('dueDate')} type="date" />
        <SubmitButton pending={form.formState.isSubmitting} label={t('assignButton')} />
      </form>
    </FormProvider>
  );
}

/** Removes an assignment (the evaluator's review stays on record); a refusal is shown beside it. */
export function UnassignButton({ componentId, ideaId, evaluatorId, name, label }: { componentId: string; ideaId: string; evaluatorId: string; name: string; label: string }) {
  return <ActionButton label={label} accessibleLabel={`${label}: ${name}`} variant="danger" run={() => unassignEvaluatorAction(componentId, ideaId, evaluatorId)} />;
}
