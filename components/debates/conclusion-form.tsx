'use client';

import { useId, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { SubmitButton } from '@/components/forms/form-status';
import { conclusionInputSchema, type ConclusionFormValues } from '@/lib/debates/schema';
import { closeDebateAction } from '@/lib/debates/actions';
import { DebateFormStatus, formReason } from './form-problem';

/** Closes a debate with its conclusion (per language, Finnish required), shown at the top of the closed debate. */
export function ConclusionForm({ componentId, debateId, listHref }: { componentId: string; debateId: string; listHref: string }) {
  const t = useTranslations('debates.admin.closeForm');
  const router = useRouter();
  const headingId = useId();
  const [reason, setReason] = useState<string | null>(null);
  const defaultValues: ConclusionFormValues = { conclusion: { fi: '', sv: '', en: '' } };
  const { form, onSubmit, outcome } = useActionForm({
    schema: conclusionInputSchema,
    action: async (values) => {
      const result = await closeDebateAction(componentId, debateId, values);
      setReason(formReason(result));
      return result;
    },
    defaultValues,
    onSuccess: () => {
      router.push(listHref);
      router.refresh();
    },
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        <h2 id={headingId} className="mb-4 text-2xl font-bold">
          {t('heading')}
        </h2>
        <DebateFormStatus outcome={outcome} reason={reason} successMessage={t('closed')} />
        <LocalizedTextField name="conclusion" legend={t('conclusion')} multiline rows={6} hint={t('conclusionHint')} />
        <SubmitButton pending={form.formState.isSubmitting} label={t('submit')} />
      </form>
    </FormProvider>
  );
}
