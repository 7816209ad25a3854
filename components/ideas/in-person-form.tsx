'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { enterInPersonIdeaAction } from '@/lib/ideas/actions';
import { AGE_GROUPS } from '@/lib/ideas/age-groups';
import { inPersonIdeaSchema, type InPersonIdeaFormValues } from '@/lib/ideas/schema';

/**
 * Staff enter an idea collected at a workshop, school visit, outreach stand or on paper: what it says, where it is
 * about, how, where and when it was collected, and — if the resident wished — their name (kept from the public) and
 * age group. After saving, the form is empty for the next paper in the pile.
 */
export function InPersonIdeaForm({ componentId, areas, themes, today }: {
  componentId: string;
  areas: { id: string; name: string }[];
  themes: { id: string; name: string }[];
  today: string;
}) {
  const t = useTranslations('ideas.inPerson');
  const tIdeas = useTranslations('ideas');
  const router = useRouter();
  const id = useId();
  const empty: InPersonIdeaFormValues = {
    title: '', body: '', areaId: areas[0]?.id ?? '', themeId: '', locale: 'fi', channel: 'IN_PERSON', collectedAt: today, collectedPlace: '', onBehalfName: '', ageGroup: '', locationText: '',
  };
  const { form, onSubmit, outcome } = useActionForm({
    schema: inPersonIdeaSchema,
    action: (values) => enterInPersonIdeaAction(componentId, values),
    defaultValues: empty,
    onSuccess: () => {
      // Keep how and where it was collected: the next paper is usually from the same event.
      const { channel, collectedAt, collectedPlace, areaId, locale } = form.getValues();
      form.reset({ ...empty, channel, collectedAt, collectedPlace, areaId, locale });
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`} className="max-w-3xl">
        <h2 id={`${id}-h`} className="mb-4 text-2xl font-bold">{t('formHeading')}</h2>
        <FormStatus outcome={outcome} successMessage={t('saved')} />
        <fieldset className="mb-4 rounded border border-gray-300 p-4">
          <legend className="px-1 font-bold">{t('collection')}</legend>
          <SelectField name="channel" label={t('channel')} required options={(['IN_PERSON', 'PAPER'] as const).map((c) => ({ value: c, label: tIdeas(`channels.${c}`) }))} />
          <TextField name="collectedAt" label={t('collectedAt')} type="date" required />
          <TextField name="collectedPlace" label={t('collectedPlace')} hint={t('collectedPlaceHint')} required />
        </fieldset>
        <TextField name="title" label={t('title')} required />
        <TextArea name="body" label={t('body')} rows={6} required />
        <SelectField name="locale" label={t('language')} required options={(['fi', 'sv', 'en'] as const).map((l) => ({ value: l, label: t(`languages.${l}`) }))} />
        <SelectField name="areaId" label={t('area')} required options={areas.map((a) => ({ value: a.id, label: a.name }))} />
        {themes.length > 0 && <SelectField name="themeId" label={t('theme')} options={[{ value: '', label: t('noTheme') }, ...themes.map((th) => ({ value: th.id, label: th.name }))]} />}
        <TextArea name="locationText" label={t('locationText')} rows={2} />
        <fieldset className="mb-4 rounded border border-gray-300 p-4">
          <legend className="px-1 font-bold">{t('resident')}</legend>
          <TextField name="onBehalfName" label={t('onBehalfName')} hint={t('onBehalfNameHint')} autoComplete="off" />
          <SelectField name="ageGroup" label={t('ageGroup')} options={[{ value: '', label: t('ageUnknown') }, ...AGE_GROUPS.map((g) => ({ value: g, label: tIdeas(`ageGroups.${g}`) }))]} />
        </fieldset>
        <SubmitButton pending={form.formState.isSubmitting} label={t('save')} />
      </form>
    </FormProvider>
  );
}
