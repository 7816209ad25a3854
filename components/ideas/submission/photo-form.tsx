'use client';

import { useId, useRef, useState } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { CheckboxField, TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { useValidationMessage } from '@/components/forms/field-error';
import { IMAGE_REFUSAL_MESSAGES } from '@/lib/images/image-input';
import { IMAGE_ACCEPT, MAX_IMAGE_BYTES } from '@/lib/uploads/limits';
import { saveIdeaPhotoAction } from '@/lib/ideas/actions';
import { ideaPhotoSchema, type IdeaPhotoFormValues } from '@/lib/ideas/schema';

type UploadAnswer = { ok: true; data: { id: string; previewUrl: string } } | { ok: false; error: string };

/**
 * Step 3, adding one photo: choosing a file uploads it at once through the core's storage (checked by content,
 * re-encoded without location data; refusals shown beside the field), then asks for a short description (alt text)
 * in the author's language, or the "decorative" mark. Saving attaches it and the step shows it among the idea's
 * photos, with this form empty again for the next one.
 */
export function IdeaPhotoForm({ componentId, ideaId }: { componentId: string; ideaId: string }) {
  const t = useTranslations('ideas.form');
  const translate = useValidationMessage();
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const empty: IdeaPhotoFormValues = { imageId: '', alt: '', decorative: false };
  const { form, onSubmit, outcome } = useActionForm({
    schema: ideaPhotoSchema,
    action: (values) => saveIdeaPhotoAction(componentId, ideaId, values),
    defaultValues: empty,
    onSuccess: () => {
      clear();
      router.refresh();
    },
  });
  const imageId = useWatch({ control: form.control, name: 'imageId' });
  const decorative = useWatch({ control: form.control, name: 'decorative' });

  function clear() {
    form.reset(empty);
    setPreview(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  async function upload(file: File) {
    setRefusal(null);
    if (file.size > MAX_IMAGE_BYTES) return setRefusal(IMAGE_REFUSAL_MESSAGES.tooLarge);
    setUploading(true);
    let answer: UploadAnswer;
    try {
      const response = await fetch(`/api/components/${encodeURIComponent(componentId)}/images`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: file });
      answer = (await response.json()) as UploadAnswer;
    } catch {
      answer = { ok: false, error: 'UNEXPECTED' };
    }
    setUploading(false);
    if (!answer.ok) {
      setRefusal(Object.hasOwn(IMAGE_REFUSAL_MESSAGES, answer.error) ? IMAGE_REFUSAL_MESSAGES[answer.error as keyof typeof IMAGE_REFUSAL_MESSAGES] : 'imageUploadFailed');
      if (fileInput.current) fileInput.current.value = '';
      return;
    }
    form.setValue('imageId', answer.data.id, { shouldDirty: true });
    setPreview(answer.data.previewUrl);
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`} className="mt-6 max-w-3xl rounded border border-gray-300 p-4">
        <h3 id={`${id}-h`} className="mb-4 text-xl font-bold">{t('photoAdd')}</h3>
        <FormStatus outcome={outcome} />
        <div className="mb-4">
          <label htmlFor={`${id}-file`} className="block font-semibold">{t('photoFile')}</label>
          <p id={`${id}-file-hint`} className="text-sm text-muted">{t('photoHint')}</p>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept={IMAGE_ACCEPT}
            aria-describedby={`${id}-file-hint${refusal ? ` ${id}-refusal` : ''}`}
            aria-invalid={refusal ? true : undefined}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void upload(file);
            }}
            className="mt-1 block w-full max-w-full"
          />
          <p aria-live="polite" className="text-sm">{uploading ? t('photoUploading') : ''}</p>
          {refusal && <p id={`${id}-refusal`} role="alert" className="mt-1 font-medium text-danger">{translate(refusal)}</p>}
        </div>
        {imageId && preview && (
          <>
            <figure className="mb-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- the app's own route serves ready-made variants */}
              <img src={preview} alt="" className="max-h-64 w-auto rounded border border-gray-300" />
              <figcaption className="text-sm text-muted">{t('photoPreview')}</figcaption>
            </figure>
            {!decorative && <TextField name="alt" label={t('photoAlt')} hint={t('photoAltHint')} required />}
            <CheckboxField name="decorative" label={t('photoDecorative')} />
            <div className="flex flex-wrap items-center gap-4">
              <SubmitButton pending={form.formState.isSubmitting || uploading} label={t('photoSave')} />
              <button type="button" onClick={clear} className="rounded border-2 border-gray-600 px-3 py-1 font-semibold">{t('photoCancel')}</button>
            </div>
          </>
        )}
      </form>
    </FormProvider>
  );
}
