'use client';

import { useEffect, useId } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/forms/fields';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { PageInputSchema, type PageFormValues, slugify } from '@/lib/pages/schema';
import { createPageAction, updatePageAction } from '@/lib/pages/actions';

/**
 * Creates or edits one information page. For a new page the address (slug) follows the Finnish title until the
 * editor types an address of their own.
 */
export function PageForm({ componentId, pageId, defaultValues, listHref }: {
  componentId: string;
  /** Absent when creating a page. */
  pageId?: string;
  defaultValues: PageFormValues;
  listHref: string;
}) {
  const t = useTranslations('pages.admin');
  const router = useRouter();
  const headingId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: PageInputSchema,
    action: (values) => (pageId ? updatePageAction(componentId, pageId, values) : createPageAction(componentId, values)),
    defaultValues,
    onSuccess: () => {
      router.push(listHref);
      router.refresh();
    },
  });

  const titleFi = useWatch({ control: form.control, name: 'title.fi' });
  const slugEdited = form.formState.dirtyFields.slug;
  useEffect(() => {
    if (!pageId && !slugEdited && typeof titleFi === 'string') form.setValue('slug', slugify(titleFi));
  }, [form, pageId, slugEdited, titleFi]);

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">
          {pageId ? t('form.editTitle') : t('form.newTitle')}
        </h2>
        <FormStatus outcome={outcome} successMessage={t('form.saved')} />
        <LocalizedTextField name="title" legend={t('form.title')} />
        <TextField name="slug" label={t('form.slug')} hint={t('form.slugHint')} required autoComplete="off" spellCheck={false} />
        <LocalizedTextField name="body" legend={t('form.body')} multiline rows={12} hint={t('form.bodyHint')} />
        <SubmitButton pending={form.formState.isSubmitting} label={pageId ? t('form.save') : t('form.create')} />
      </form>
    </FormProvider>
  );
}
