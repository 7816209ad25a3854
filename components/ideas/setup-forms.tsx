'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { ActionButton } from '@/components/admin/component-action-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField } from '@/components/forms/fields';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { createCustomStateAction, createThemeAction, deleteCustomStateAction, deleteThemeAction } from '@/lib/ideas/actions';
import { ideaCustomStateSchema, ideaThemeSchema } from '@/lib/ideas/schema';
import { STATE_COLOUR_NAMES } from '@/lib/ideas/state-colours';
import { IDEA_BASE_STATES } from '@/lib/ideas/states';

/** A new theme of the component, named in every language the organization writes (Finnish required). */
export function ThemeForm({ componentId }: { componentId: string }) {
  const t = useTranslations('ideas.setup');
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ideaThemeSchema,
    action: (values) => createThemeAction(componentId, values),
    defaultValues: { name: { fi: '', sv: '', en: '' } },
    onSuccess: () => {
      form.reset({ name: { fi: '', sv: '', en: '' } });
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`} className="mt-3 max-w-2xl">
        <h3 id={`${id}-h`} className="mb-2 font-bold">{t('addTheme')}</h3>
        <FormStatus outcome={outcome} successMessage={t('themeAdded')} />
        <LocalizedTextField name="name" legend={t('themeName')} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('addTheme')} />
      </form>
    </FormProvider>
  );
}

/** A custom state: its public label and colour, on top of a base state whose transition rules it follows. */
export function CustomStateForm({ componentId }: { componentId: string }) {
  const t = useTranslations('ideas.setup');
  const tIdeas = useTranslations('ideas');
  const router = useRouter();
  const id = useId();
  const empty = { baseState: 'UNDER_REVIEW' as const, label: { fi: '', sv: '', en: '' }, colour: 'amber' };
  const { form, onSubmit, outcome } = useActionForm({
    schema: ideaCustomStateSchema,
    action: (values) => createCustomStateAction(componentId, values),
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`} className="mt-3 max-w-2xl">
        <h3 id={`${id}-h`} className="mb-2 font-bold">{t('addState')}</h3>
        <FormStatus outcome={outcome} successMessage={t('stateAdded')} />
        <SelectField name="baseState" label={t('baseState')} required options={IDEA_BASE_STATES.map((s) => ({ value: s, label: tIdeas(`states.${s}`) }))} />
        <LocalizedTextField name="label" legend={t('stateLabel')} />
        <SelectField name="colour" label={t('colour')} required options={STATE_COLOUR_NAMES.map((c) => ({ value: c, label: t(`colours.${c}`) }))} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('addState')} />
      </form>
    </FormProvider>
  );
}

/** Removes a theme or a custom state after a confirmation in place; a refusal is shown beside it. */
export function RemoveSetupItem({ componentId, itemId, kind, name, label, confirm }: { componentId: string; itemId: string; kind: 'theme' | 'state'; name: string; label: string; confirm: string }) {
  return (
    <ActionButton
      label={label}
      accessibleLabel={`${label}: ${name}`}
      variant="danger"
      run={() => (kind === 'theme' ? deleteThemeAction(componentId, itemId) : deleteCustomStateAction(componentId, itemId))}
      confirm={{ question: confirm, confirmLabel: label }}
    />
  );
}
