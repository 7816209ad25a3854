'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { createIdeaDraftAction, updateIdeaBasicsAction } from '@/lib/ideas/actions';
import { ideaBasicsSchema, type IdeaBasicsFormValues } from '@/lib/ideas/schema';

/**
 * Step 1 of an idea (and the author's later edit): title, description, area (the space's own, the first preselected)
 * and theme, in the author's own language. Creating saves a draft and moves to the next step; editing returns to
 * `doneHref`. The same zod schema checks here and on the server, which also checks the phase.
 */
export function IdeaBasicsForm({ componentId, ideaId, defaultValues, areas, themes, nextHref, hints }: {
  componentId: string;
  ideaId?: string;
  defaultValues: IdeaBasicsFormValues;
  areas: { id: string; name: string }[];
  themes: { id: string; name: string }[];
  /** Where to go after saving; `{id}` is replaced with the idea's id. */
  nextHref: string;
  hints: { title: string; body: string };
}) {
  const t = useTranslations('ideas.form');
  const router = useRouter();
  const headingId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ideaBasicsSchema,
    action: (values) => (ideaId ? updateIdeaBasicsAction(componentId, ideaId, values) : createIdeaDraftAction(componentId, values)),
    defaultValues,
    onSuccess: (data) => {
      router.push(nextHref.replace('{id}', data.id));
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="mt-6 max-w-3xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">{t('basicsHeading')}</h2>
        <FormStatus outcome={outcome} />
        <TextField name="title" label={t('title')} hint={hints.title} required />
        <TextArea name="body" label={t('body')} hint={hints.body} rows={8} required />
        <SelectField name="areaId" label={t('area')} required options={areas.map((a) => ({ value: a.id, label: a.name }))} />
        {themes.length > 0 && <SelectField name="themeId" label={t('theme')} options={[{ value: '', label: t('noTheme') }, ...themes.map((th) => ({ value: th.id, label: th.name }))]} />}
        <SubmitButton pending={form.formState.isSubmitting} label={ideaId ? t('saveAndContinue') : t('createDraft')} />
      </form>
    </FormProvider>
  );
}
