'use client';

import { useId } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { CheckboxField, TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { ActionButton } from '@/components/admin/component-action-button';
import { removeIdeaPhotoAction, saveIdeaPhotoAction } from '@/lib/ideas/actions';
import { ideaPhotoSchema } from '@/lib/ideas/schema';

export type AttachedPhoto = { id: string; previewUrl: string; alt: string; decorative: boolean };

/** The idea's photos on step 3, each with its description to correct and a button to remove it. */
export function IdeaPhotoList({ componentId, ideaId, photos }: { componentId: string; ideaId: string; photos: AttachedPhoto[] }) {
  const t = useTranslations('ideas.form');
  if (photos.length === 0) return null;
  return (
    <ol aria-label={t('photoList')} className="mt-4 grid max-w-3xl grid-cols-1 gap-4 sm:grid-cols-2">
      {photos.map((photo, index) => (
        <li key={photo.id} className="rounded border border-gray-300 p-3">
          <PhotoDescriptionForm componentId={componentId} ideaId={ideaId} photo={photo} number={index + 1} />
        </li>
      ))}
    </ol>
  );
}

function PhotoDescriptionForm({ componentId, ideaId, photo, number }: { componentId: string; ideaId: string; photo: AttachedPhoto; number: number }) {
  const t = useTranslations('ideas.form');
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ideaPhotoSchema,
    action: (values) => saveIdeaPhotoAction(componentId, ideaId, values),
    defaultValues: { imageId: photo.id, alt: photo.alt, decorative: photo.decorative },
    onSuccess: () => router.refresh(),
  });
  const decorative = useWatch({ control: form.control, name: 'decorative' });
  const name = t('photoNumber', { number });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`} className="mb-2 font-bold">{name}</h3>
        {/* eslint-disable-next-line @next/next/no-img-element -- the app's own route serves ready-made variants */}
        <img src={photo.previewUrl} alt="" className="mb-2 max-h-40 w-auto rounded border border-gray-300" />
        <FormStatus outcome={outcome} />
        {!decorative && <TextField name="alt" label={t('photoAlt')} required />}
        <CheckboxField name="decorative" label={t('photoDecorative')} />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={form.formState.isSubmitting} label={t('photoSaveDescription')} />
          <ActionButton
            label={t('photoRemove')}
            accessibleLabel={`${t('photoRemove')}: ${name}`}
            variant="danger"
            run={() => removeIdeaPhotoAction(componentId, ideaId, photo.id)}
            confirm={{ question: t('photoRemoveQuestion'), confirmLabel: t('photoRemove') }}
          />
        </div>
      </form>
    </FormProvider>
  );
}
