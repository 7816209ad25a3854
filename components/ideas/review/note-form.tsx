'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextArea } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { addNoteAction } from '@/lib/ideas/actions';
import { ideaNoteSchema } from '@/lib/ideas/schema';

/** A private note for the officials reviewing the idea (never public). */
export function NoteForm({ componentId, ideaId }: { componentId: string; ideaId: string }) {
  const t = useTranslations('ideas.review');
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ideaNoteSchema,
    action: (values) => addNoteAction(componentId, ideaId, values),
    defaultValues: { body: '' },
    onSuccess: () => {
      form.reset({ body: '' });
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`} className="mt-3">
        <h3 id={`${id}-h`} className="mb-2 font-bold">{t('addNote')}</h3>
        <FormStatus outcome={outcome} successMessage={t('noteSaved')} />
        <TextArea name="body" label={t('note')} rows={3} required />
        <SubmitButton pending={form.formState.isSubmitting} label={t('saveNote')} />
      </form>
    </FormProvider>
  );
}
