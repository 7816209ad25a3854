'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { CheckboxField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { updateComponentActionSettingsAction } from '@/lib/components/actions';

const Switches = z.record(z.string(), z.boolean());
const ActionSettingsFormSchema = z.object({ always: Switches, phases: z.record(z.string(), Switches) });

/**
 * Which of the kind's resident actions are open in which phase (issue 6, 1.3): one group of checkboxes per phase, or
 * one "always" group in a space without phases. Residents see why an action is closed (components.actions.*).
 */
export function ComponentActionSettingsForm({ componentId, actions, groups, defaultValues }: {
  componentId: string;
  /** The kind's actions with their translated labels. */
  actions: { name: string; label: string }[];
  /** One group per phase ({ key: phase id, legend }), or a single { key: null } for "always". */
  groups: { key: string | null; legend: string }[];
  defaultValues: z.infer<typeof ActionSettingsFormSchema>;
}) {
  const t = useTranslations('components.admin.detail');
  const router = useRouter();
  const headingId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ActionSettingsFormSchema,
    action: (values) => updateComponentActionSettingsAction(componentId, values),
    defaultValues,
    onSuccess: () => router.refresh(),
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <h2 id={headingId} className="mb-2 text-2xl font-bold">
          {t('actionsTitle')}
        </h2>
        <p className="mb-4">{t('actionsIntro')}</p>
        <FormStatus outcome={outcome} successMessage={t('actionsSaved')} />
        {groups.map((group) => (
          <fieldset key={group.key ?? 'always'} className="mb-4 rounded border border-gray-300 p-4">
            <legend className="px-1 font-semibold">{group.legend}</legend>
            {actions.map((action) => (
              <CheckboxField
                key={action.name}
                name={group.key === null ? `always.${action.name}` : `phases.${group.key}.${action.name}`}
                label={action.label}
              />
            ))}
          </fieldset>
        ))}
        <SubmitButton pending={form.formState.isSubmitting} label={t('actionsSave')} />
      </form>
    </FormProvider>
  );
}
