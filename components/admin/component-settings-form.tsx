'use client';

import { useId, useMemo } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { CheckboxField, SelectField, TextField } from '@/components/forms/fields';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { clientSettingsSchema, type SettingFieldDescriptor } from '@/lib/components/settings-form-model';
import { updateComponentSettingsAction, updatePhaseSettingsAction } from '@/lib/components/actions';

/**
 * The one settings form for every component kind: it renders the fields a definition declares (via
 * lib/components/settings-form-model.ts) and saves either the component's settings or one phase's settings.
 */
export function ComponentSettingsForm({ componentId, phaseId, title, headingLevel = 2, fields, defaultValues }: {
  componentId: string;
  /** Present for the settings of one phase. */
  phaseId?: string;
  title: string;
  headingLevel?: 2 | 3;
  fields: SettingFieldDescriptor[];
  defaultValues: Record<string, unknown>;
}) {
  const t = useTranslations('components');
  const router = useRouter();
  const headingId = useId();
  const schema = useMemo(() => clientSettingsSchema(fields), [fields]);
  const { form, onSubmit, outcome } = useActionForm({
    schema,
    action: (values) => (phaseId ? updatePhaseSettingsAction(componentId, phaseId, values) : updateComponentSettingsAction(componentId, values)),
    defaultValues,
    onSuccess: () => router.refresh(),
  });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const hint = (key: string) => (t.has(key) ? t(key) : undefined);

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <Heading id={headingId} className={headingLevel === 2 ? 'mb-4 text-2xl font-bold' : 'mb-3 text-xl font-bold'}>
          {title}
        </Heading>
        <FormStatus outcome={outcome} successMessage={t('settings.saved')} />
        {fields.map((field) => {
          const label = t(field.labelKey);
          switch (field.type) {
            case 'boolean':
              return <CheckboxField key={field.name} name={field.name} label={label} hint={hint(field.hintKey)} />;
            case 'integer':
              return (
                <TextField
                  key={field.name}
                  name={field.name}
                  label={label}
                  hint={hint(field.hintKey)}
                  type="number"
                  inputMode="numeric"
                  min={field.min}
                  max={field.max}
                  step={1}
                  required
                />
              );
            case 'localizedText':
              return (
                <LocalizedTextField
                  key={field.name}
                  name={field.name}
                  legend={label}
                  multiline={field.multiline}
                  rows={field.multiline ? 4 : undefined}
                  required={false}
                  hint={hint(field.hintKey) ?? t('settings.optionalTranslationsHint')}
                />
              );
            case 'select':
              return (
                <SelectField
                  key={field.name}
                  name={field.name}
                  label={label}
                  hint={hint(field.hintKey)}
                  options={field.options.map((o) => ({ value: o.value, label: t(o.labelKey) }))}
                />
              );
          }
        })}
        <SubmitButton pending={form.formState.isSubmitting} label={t('settings.save')} />
      </form>
    </FormProvider>
  );
}
