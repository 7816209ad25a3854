'use client';

import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { CheckboxField, SelectField, TextField } from '@/components/forms/fields';
import { LocalizedTextField } from '@/components/forms/localized-text-field';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import type { TileConfig } from '@/components/map/tile-config';
import { useRouter } from '@/lib/i18n/navigation';
import { createAreaAction, updateAreaAction } from '@/lib/areas/actions';
import { validateGeoJson } from '@/lib/areas/geojson';
import { AREA_KINDS, AreaInputSchema, type AreaFormValues, type AreaInput } from '@/lib/areas/schema';
import { BoundaryField } from './boundary-field';

export type ParentOption = { value: string; label: string };

/**
 * A valid boundary is sent as its normalized geometry: without whitespace, feature properties and excess decimals
 * it stays far below the size limit of a server action body even at the point limit (pretty-printed GIS exports
 * with properties can be many times larger). Anything else is sent as typed, so the server reports on that text.
 */
function normalizedBoundary(text: string | null): string | null {
  if (!text) return text;
  const result = validateGeoJson(text);
  return result.ok ? JSON.stringify(result.geometry) : text;
}

/** Create or edit an area (admin). The same zod schema checks the values here and again in the server action. */
export function AreaForm({
  target,
  defaultValues,
  parentOptions,
  tiles,
}: {
  target: { mode: 'create' } | { mode: 'edit'; areaId: string };
  defaultValues: AreaFormValues;
  parentOptions: ParentOption[];
  tiles: TileConfig;
}) {
  const t = useTranslations('areas');
  const router = useRouter();
  const [serverBoundaryMessages, setServerBoundaryMessages] = useState<string[]>([]);

  const { form, onSubmit, outcome } = useActionForm({
    schema: AreaInputSchema,
    defaultValues,
    action: async (values: AreaInput) => {
      const payload = { ...values, boundary: normalizedBoundary(values.boundary) };
      const result =
        target.mode === 'create' ? await createAreaAction(payload) : await updateAreaAction(target.areaId, payload);
      setServerBoundaryMessages(result.ok ? [] : (result.fieldErrors?.boundary ?? []));
      return result;
    },
    onSuccess: (data: { id: string; slug: string }) => {
      if (target.mode === 'create') router.push({ pathname: '/admin/areas', query: { created: data.slug } });
      else router.refresh();
    },
  });

  const kindOptions = AREA_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
  const parentSelectOptions = [{ value: '', label: t('form.noParent') }, ...parentOptions];

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-label={t(target.mode === 'create' ? 'form.labelCreate' : 'form.labelEdit')} className="max-w-3xl">
        <LocalizedTextField name="name" legend={t('form.name')} />
        <TextField name="slug" label={t('form.slug')} hint={t('form.slugHint')} required autoComplete="off" spellCheck={false} />
        <SelectField name="kind" label={t('form.kind')} options={kindOptions} required />
        <SelectField name="parentId" label={t('form.parent')} hint={t('form.parentHint')} options={parentSelectOptions} />
        <TextField name="population" label={t('form.population')} hint={t('form.populationHint')} inputMode="numeric" autoComplete="off" />
        <LocalizedTextField name="description" legend={t('form.description')} multiline rows={4} required={false} />

        <fieldset className="mb-4 rounded border border-gray-300 p-4">
          <legend className="px-1 font-bold">{t('form.boundaryLegend')}</legend>
          <BoundaryField serverMessages={serverBoundaryMessages} tiles={tiles} />
          <CheckboxField name="isBoundaryApproximate" label={t('form.approximate')} hint={t('form.approximateHint')} />
        </fieldset>

        <FormStatus outcome={outcome} successMessage={target.mode === 'edit' ? t('form.saved') : undefined} />
        <SubmitButton pending={form.formState.isSubmitting} label={t(target.mode === 'create' ? 'form.create' : 'form.save')} />
      </form>
    </FormProvider>
  );
}
