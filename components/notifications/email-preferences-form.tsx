'use client';

import { useTranslations } from 'next-intl';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { useActionForm } from '@/components/forms/use-action-form';
import { NOTIFICATION_EMAIL_CHOICES, notificationKinds } from '@/lib/notifications/event-kinds';
import { setEmailPreferencesAction } from '@/lib/notifications/actions';
import { type EmailPreferences, EmailPreferencesSchema } from '@/lib/notifications/preferences-schema';

/** Per kind of event: email at once, in the daily digest, or none (the in-app centre lists everything anyway). */
export function EmailPreferencesForm({ defaultValues }: { defaultValues: EmailPreferences }) {
  const t = useTranslations('notifications');
  const { form, onSubmit, outcome } = useActionForm({ schema: EmailPreferencesSchema, action: setEmailPreferencesAction, defaultValues });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus outcome={outcome} successMessage={t('preferences.saved')} />
      {notificationKinds.map((kind) => (
        <fieldset key={kind} className="rounded border border-gray-400 p-4">
          <legend className="px-1 font-semibold">{t(`kinds.${kind}`)}</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {NOTIFICATION_EMAIL_CHOICES.map((choice) => (
              <label key={choice} className="flex items-center gap-2">
                <input type="radio" value={choice} {...form.register(kind)} className="h-5 w-5" />
                {t(`preferences.${choice}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <SubmitButton pending={form.formState.isSubmitting} label={t('preferences.save')} pendingLabel={t('preferences.saving')} />
    </form>
  );
}
