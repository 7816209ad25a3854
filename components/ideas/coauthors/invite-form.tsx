'use client';

import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/forms/fields';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { inviteCoauthorAction } from '@/lib/ideas/actions';
import { ideaCoauthorInviteSchema } from '@/lib/ideas/schema';

/** The author invites a co-author by the address they sign in with; the same answer whether or not it has an account. */
export function CoauthorInviteForm({ componentId, ideaId }: { componentId: string; ideaId: string }) {
  const t = useTranslations('ideas.coauthors');
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ideaCoauthorInviteSchema,
    action: (values) => inviteCoauthorAction(componentId, ideaId, values),
    defaultValues: { email: '' },
    onSuccess: () => {
      form.reset({ email: '' });
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`} className="mt-6 max-w-xl rounded border border-gray-300 p-4">
        <h2 id={`${id}-h`} className="mb-2 text-xl font-bold">{t('inviteHeading')}</h2>
        <FormStatus outcome={outcome} successMessage={t('invited')} />
        <TextField name="email" type="email" label={t('email')} hint={t('emailHint')} required autoComplete="off" />
        <SubmitButton pending={form.formState.isSubmitting} label={t('invite')} />
      </form>
    </FormProvider>
  );
}
