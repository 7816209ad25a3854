'use client';

import { useId, useMemo } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { AssemblyType } from '@/generated/prisma/enums';
import { CheckboxField, SelectField, TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { useRouter } from '@/lib/i18n/navigation';
import { createSpaceAction, updateSpaceAction } from '@/lib/spaces/actions';
import {
  spaceInputSchema,
  spaceUpdateSchema,
  type ImageHosts,
  type SpaceFormValues,
  type SpaceUpdateFormValues,
} from '@/lib/spaces/schema';
import { AreaCheckboxes, type AreaOption } from './area-checkboxes';

type Kind = 'PROCESS' | 'ASSEMBLY';

/** The fields shared by the create and edit forms (must be rendered inside a FormProvider). */
function SpaceFields({ kind, areas }: { kind: Kind; areas: readonly AreaOption[] }) {
  const t = useTranslations('spaces.form');
  const tType = useTranslations('spaces.assemblyType');
  return (
    <>
      <LocalizedTextField name="title" legend={t('title')} />
      <LocalizedTextField name="subtitle" legend={t('subtitle')} required={false} hint={t('optionalHint')} />
      <TextField name="slug" label={t('slug')} hint={t('slugHint')} required autoComplete="off" spellCheck={false} />
      {kind === 'ASSEMBLY' && (
        <SelectField
          name="assemblyType"
          label={t('assemblyType')}
          required
          options={[
            { value: '', label: t('assemblyTypeChoose') },
            ...Object.values(AssemblyType).map((value) => ({ value, label: tType(value) })),
          ]}
        />
      )}
      <LocalizedTextField name="description" legend={t('description')} multiline rows={8} hint={t('descriptionHint')} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField name="startDate" label={t('startDate')} type="date" />
        <TextField name="endDate" label={t('endDate')} type="date" />
      </div>
      <AreaCheckboxes name="areaIds" legend={t('areas')} hint={t('areasHint')} emptyText={t('noAreas')} areas={areas} />
      <TextField name="heroImageUrl" label={t('heroImageUrl')} hint={t('heroImageUrlHint')} inputMode="url" autoComplete="off" />
      <LocalizedTextField name="heroImageAlt" legend={t('heroImageAlt')} required={false} hint={t('heroImageAltHint')} />
    </>
  );
}

/** imageHosts: the server's IMAGE_HOSTS, so the form checks hero image addresses as the server will. */
export function CreateSpaceForm({ kind, areas, imageHosts }: { kind: Kind; areas: readonly AreaOption[]; imageHosts: ImageHosts }) {
  const t = useTranslations('spaces.form');
  const headingId = useId();
  const router = useRouter();
  const empty = { fi: '', sv: '', en: '' };
  const defaultValues: SpaceFormValues = {
    kind,
    slug: '',
    title: empty,
    subtitle: empty,
    description: empty,
    heroImageUrl: '',
    heroImageAlt: empty,
    assemblyType: '',
    startDate: '',
    endDate: '',
    areaIds: [],
    isPrivate: false,
  };
  const { form, onSubmit, outcome } = useActionForm({
    schema: useMemo(() => spaceInputSchema(imageHosts), [imageHosts]),
    action: (values) => createSpaceAction(values),
    defaultValues,
    onSuccess: ({ id }) => router.push(`/admin/spaces/${id}`),
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <h2 id={headingId} className="mb-4 text-xl font-bold">
          {t('createLabel')}
        </h2>
        <FormStatus outcome={outcome} successMessage={t('created')} />
        <SpaceFields kind={kind} areas={areas} />
        <CheckboxField name="isPrivate" label={t('isPrivate')} hint={t('isPrivateHint')} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('submitCreate')} />
      </form>
    </FormProvider>
  );
}

export function EditSpaceForm({ spaceId, kind, areas, imageHosts, defaultValues }: {
  spaceId: string; kind: Kind; areas: readonly AreaOption[]; imageHosts: ImageHosts; defaultValues: SpaceUpdateFormValues;
}) {
  const t = useTranslations('spaces.form');
  const headingId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: useMemo(() => spaceUpdateSchema(imageHosts), [imageHosts]),
    action: (values) => updateSpaceAction(spaceId, values),
    defaultValues,
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <h2 id={headingId} className="mb-4 text-xl font-bold">
          {t('editLabel')}
        </h2>
        <FormStatus outcome={outcome} />
        <SpaceFields kind={kind} areas={areas} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('submitEdit')} />
      </form>
    </FormProvider>
  );
}
