'use client';

import { useId, useMemo } from 'react';
import { FormProvider, get, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { CheckboxField, TextField } from '@/components/forms/fields';
import { FieldError } from '@/components/forms/field-error';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { ImageField } from '@/components/images/image-field';
import { newsPostInputSchema, type NewsPostFormValues, PUBLICATION_MODES } from '@/lib/news/schema';
import { createNewsPostAction, updateNewsPostAction } from '@/lib/news/actions';

/**
 * Creates or edits one news post: texts per language (Markdown body), the areas it concerns (the organization's
 * areas as checkboxes, the space's own checked for a new post), publication (draft, now, or at a time in the
 * organization's time zone), pinning and an optional image with its alt text. The same zod schema checks the values
 * here and on the server.
 */
export function NewsPostForm({ componentId, postId, defaultValues, areas, timeZone, listHref, imagePreviewUrl }: {
  componentId: string;
  /** Absent when creating a post. */
  postId?: string;
  defaultValues: NewsPostFormValues;
  areas: { id: string; name: string; lang: string }[];
  timeZone: string;
  listHref: string;
  /** The post's current image (a variant URL), shown until replaced or removed. */
  imagePreviewUrl?: string;
}) {
  const t = useTranslations('news.admin.form');
  const router = useRouter();
  const headingId = useId();
  const schema = useMemo(() => newsPostInputSchema(timeZone), [timeZone]);
  const { form, onSubmit, outcome } = useActionForm({
    schema,
    action: (values) => (postId ? updateNewsPostAction(componentId, postId, values) : createNewsPostAction(componentId, values)),
    defaultValues,
    onSuccess: () => {
      router.push(listHref);
      router.refresh();
    },
  });
  const publication = useWatch({ control: form.control, name: 'publication' });
  const errors = form.formState.errors;
  const areaError = (get(errors, 'areaIds') ?? get(errors, 'areaIds.0')) as { message?: string } | undefined;
  const publicationError = get(errors, 'publication') as { message?: string } | undefined;

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">
          {postId ? t('editTitle') : t('newTitle')}
        </h2>
        <FormStatus outcome={outcome} successMessage={t('saved')} />
        <LocalizedTextField name="title" legend={t('title')} />
        <LocalizedTextField name="summary" legend={t('summary')} multiline rows={3} required={false} />
        <LocalizedTextField name="body" legend={t('body')} multiline rows={12} hint={t('bodyHint')} />
        <ImageField componentId={componentId} initialPreviewUrl={imagePreviewUrl} />

        <fieldset className="mb-4 rounded border border-gray-300 p-4" aria-describedby={areaError?.message ? `${headingId}-areas-error` : undefined}>
          <legend className="px-1 font-bold">{t('areas')}</legend>
          <p className="mb-2 text-sm text-muted">{t('areasHint')}</p>
          {areas.length === 0 ? (
            <p>{t('noAreas')}</p>
          ) : (
            <ul className="grid gap-1 sm:grid-cols-2">
              {areas.map((area) => (
                <li key={area.id} className="flex items-center gap-2">
                  <input
                    id={`${headingId}-area-${area.id}`}
                    type="checkbox"
                    value={area.id}
                    className="h-5 w-5"
                    defaultChecked={defaultValues.areaIds.includes(area.id)}
                    {...form.register('areaIds')}
                  />
                  <label htmlFor={`${headingId}-area-${area.id}`} lang={area.lang}>{area.name}</label>
                </li>
              ))}
            </ul>
          )}
          <FieldError id={`${headingId}-areas-error`} message={areaError?.message} />
        </fieldset>

        <fieldset className="mb-4 rounded border border-gray-300 p-4">
          <legend className="px-1 font-bold">{t('publication')}</legend>
          {PUBLICATION_MODES.map((mode) => (
            <div key={mode} className="flex items-center gap-2">
              <input
                id={`${headingId}-pub-${mode}`}
                type="radio"
                value={mode}
                className="h-5 w-5"
                defaultChecked={defaultValues.publication === mode}
                {...form.register('publication')}
              />
              <label htmlFor={`${headingId}-pub-${mode}`}>{t(`publicationModes.${mode}`)}</label>
            </div>
          ))}
          <FieldError id={`${headingId}-publication-error`} message={publicationError?.message} />
          {publication === 'schedule' && (
            <div className="mt-3">
              <TextField name="scheduledAt" type="datetime-local" label={t('scheduledAt')} hint={t('scheduledAtHint')} required />
            </div>
          )}
        </fieldset>

        <CheckboxField name="isPinned" label={t('isPinned')} hint={t('isPinnedHint')} />
        <SubmitButton pending={form.formState.isSubmitting} label={postId ? t('save') : t('create')} />
      </form>
    </FormProvider>
  );
}
