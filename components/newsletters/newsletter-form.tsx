'use client';

import { useEffect, useId, useRef } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField } from '@/components/forms/fields';
import { FieldError } from '@/components/forms/field-error';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import { createNewsletterAction, updateNewsletterAction } from '@/lib/newsletters/actions';
import { NEWSLETTER_AUDIENCES, type NewsletterFormValues, newsletterInputSchema } from '@/lib/newsletters/schema';

type Option = { id: string; name: string };

/**
 * Creates or edits a newsletter draft: subject and text per language, and whom it goes to — the followers of one
 * space or one area the writer may address, or (admins) everyone who opted in. The same zod schema checks the values
 * here and on the server, which also checks the audience against the writer's role.
 */
export function NewsletterForm({ newsletterId, defaultValues, options, listHref }: {
  newsletterId?: string;
  defaultValues: NewsletterFormValues;
  options: { everyone: boolean; spaces: Option[]; areas: Option[] };
  /** The newsletters' list; a saved draft opens at `${listHref}/<id>`. */
  listHref: string;
}) {
  const t = useTranslations('newsletters.admin.form');
  const router = useRouter();
  const headingId = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: newsletterInputSchema,
    action: (values) => (newsletterId ? updateNewsletterAction(newsletterId, values) : createNewsletterAction(values)),
    defaultValues,
    onSuccess: (data) => {
      router.push(`${listHref}/${data.id}`);
      router.refresh();
    },
  });
  const audience = useWatch({ control: form.control, name: 'audience' });
  const audiences = NEWSLETTER_AUDIENCES.filter((a) => a !== 'ALL_OPTED_IN' || options.everyone);
  const audienceError = form.formState.errors.audience?.message;
  // A space id means nothing as an area: the target is chosen again when the audience changes.
  const previous = useRef(audience);
  useEffect(() => {
    if (previous.current !== audience) form.setValue('targetId', '');
    previous.current = audience;
  }, [audience, form]);

  const targetOptions = (list: Option[]) => [{ value: '', label: t('choose') }, ...list.map((o) => ({ value: o.id, label: o.name }))];
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="max-w-3xl">
        {/* The form is its page's whole content, so its heading is the page's. */}
        <h1 id={headingId} className="mb-4 text-3xl font-bold">{newsletterId ? t('editTitle') : t('newTitle')}</h1>
        <FormStatus outcome={outcome} successMessage={t('saved')} />
        <LocalizedTextField name="subject" legend={t('subject')} />
        <LocalizedTextField name="body" legend={t('body')} multiline rows={14} hint={t('bodyHint')} />
        <fieldset className="mb-4 rounded border border-gray-300 p-4" aria-describedby={`${headingId}-consent`}>
          <legend className="px-1 font-bold">{t('audience')}</legend>
          <p id={`${headingId}-consent`} className="mb-2 text-sm text-muted">{t('consentNote')}</p>
          {audiences.map((a) => (
            <div key={a} className="flex items-center gap-2">
              <input id={`${headingId}-aud-${a}`} type="radio" value={a} className="h-5 w-5" defaultChecked={defaultValues.audience === a} {...form.register('audience')} />
              <label htmlFor={`${headingId}-aud-${a}`}>{t(`audienceOptions.${a}`)}</label>
            </div>
          ))}
          <FieldError id={`${headingId}-audience-error`} message={audienceError} />
          <div className="mt-3">
            {audience === 'SPACE_FOLLOWERS' && <SelectField name="targetId" label={t('space')} required options={targetOptions(options.spaces)} />}
            {audience === 'AREA_FOLLOWERS' && <SelectField name="targetId" label={t('area')} required options={targetOptions(options.areas)} />}
          </div>
        </fieldset>
        <SubmitButton pending={form.formState.isSubmitting} label={newsletterId ? t('save') : t('create')} />
      </form>
    </FormProvider>
  );
}
