'use client';

import { useId, useRef, useState } from 'react';
import { get, useFormContext, useWatch, type FieldValues } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { FieldError } from '@/components/forms/field-error';
import { CheckboxField } from '@/components/forms/fields';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { IMAGE_REFUSAL_MESSAGES } from '@/lib/images/image-input';
import { IMAGE_ACCEPT, MAX_IMAGE_BYTES } from '@/lib/uploads/limits';

type UploadAnswer = { ok: true; data: { id: string; previewUrl: string } } | { ok: false; error: string };

function refusalMessage(error: string): string {
  return Object.hasOwn(IMAGE_REFUSAL_MESSAGES, error) ? IMAGE_REFUSAL_MESSAGES[error as keyof typeof IMAGE_REFUSAL_MESSAGES] : 'imageUploadFailed';
}

/**
 * An optional image of a resource, inside a react-hook-form form whose values hold `image` ({ id, alt, decorative }
 * or null; lib/images/image-input.ts). Choosing a file uploads it at once (POST /api/components/<id>/images, checked
 * and re-encoded on the server), then shows the re-encoded preview and asks for alt text per language or the
 * "decorative" mark; the resource's own save attaches it. Refusals are shown next to the file input.
 */
export function ImageField({ componentId, initialPreviewUrl }: { componentId: string; initialPreviewUrl?: string }) {
  const t = useTranslations('images.field');
  const { control, setValue, formState } = useFormContext<FieldValues>();
  const image = useWatch({ control, name: 'image' }) as { id: string; decorative?: boolean } | null | undefined;
  const decorative = useWatch({ control, name: 'image.decorative' }) as boolean | undefined;
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [previewUrl, setPreviewUrl] = useState(initialPreviewUrl);
  const [status, setStatus] = useState<'idle' | 'uploading' | 'uploaded'>('idle');
  const [refusal, setRefusal] = useState<string | undefined>();
  const imageError = (get(formState.errors, 'image') as { message?: string } | undefined)?.message;
  const errorId = `${id}-error`;

  async function upload(file: File) {
    setRefusal(undefined);
    // The server refuses it too; checking here spares sending megabytes only to be told no.
    if (file.size > MAX_IMAGE_BYTES) return setRefusal(IMAGE_REFUSAL_MESSAGES.tooLarge);
    setStatus('uploading');
    let answer: UploadAnswer;
    try {
      const response = await fetch(`/api/components/${encodeURIComponent(componentId)}/images`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: file,
      });
      answer = (await response.json()) as UploadAnswer;
    } catch {
      answer = { ok: false, error: 'UNEXPECTED' };
    }
    if (!answer.ok) {
      setStatus('idle');
      setRefusal(refusalMessage(answer.error));
      if (fileInput.current) fileInput.current.value = '';
      return;
    }
    setValue('image', { id: answer.data.id, alt: { fi: '', sv: '', en: '' }, decorative: false }, { shouldDirty: true });
    setPreviewUrl(answer.data.previewUrl);
    setStatus('uploaded');
  }

  function remove() {
    setValue('image', null, { shouldDirty: true });
    setPreviewUrl(undefined);
    setStatus('idle');
    setRefusal(undefined);
    if (fileInput.current) fileInput.current.value = '';
  }

  return (
    <fieldset className="mb-4 rounded border border-gray-300 p-4">
      <legend className="px-1 font-bold">{t('legend')}</legend>
      <p id={`${id}-hint`} className="mb-2 text-sm text-muted">{t('hint')}</p>
      {image && previewUrl && (
        <figure className="mb-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- the app's own route serves ready-made variants */}
          <img src={previewUrl} alt="" className="max-h-64 w-auto rounded border border-gray-300" />
          <figcaption className="text-sm text-muted">{t('preview')}</figcaption>
        </figure>
      )}
      <div className="mb-3">
        <label htmlFor={`${id}-file`} className="block font-semibold">{image ? t('replace') : t('file')}</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept={IMAGE_ACCEPT}
          aria-describedby={`${id}-hint${refusal || imageError ? ` ${errorId}` : ''}`}
          aria-invalid={refusal || imageError ? true : undefined}
          className="mt-1 block w-full max-w-full text-sm"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
          }}
        />
        <FieldError id={errorId} message={refusal ?? imageError} />
        <p role="status" className="text-sm">
          {status === 'uploading' ? t('uploading') : status === 'uploaded' ? t('uploaded') : ''}
        </p>
      </div>
      {image && (
        <>
          {!decorative && <LocalizedTextField name="image.alt" legend={t('alt')} hint={t('altHint')} />}
          <CheckboxField name="image.decorative" label={t('decorative')} />
          <button type="button" onClick={remove} className="rounded border border-gray-500 px-3 py-1 hover:bg-gray-100">
            {t('remove')}
          </button>
        </>
      )}
    </fieldset>
  );
}
