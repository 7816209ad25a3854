'use client';

import { useId } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import type { AreaGeometry } from '@/lib/areas/geojson';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextArea } from '@/components/forms/fields';
import { FieldError } from '@/components/forms/field-error';
import { FormStatus, SubmitButton } from '@/components/forms/form-status';
import type { TileConfig } from '@/components/map/tile-config';
import { setIdeaLocationAction } from '@/lib/ideas/actions';
import { ideaLocationSchema, type IdeaLocationFormValues } from '@/lib/ideas/schema';
import { PinPicker } from './pin-picker';

/**
 * Step 2: where the idea is. A typed address or place description, and — as an optional help for those who can use
 * a map — a pin. Neither is required. The pin must lie within the municipality's areas (checked on the server); the
 * chosen point is read out as text and can be removed with a button.
 */
export function IdeaLocationForm({ componentId, ideaId, defaultValues, nextHref, tiles, boundaries }: {
  componentId: string;
  ideaId: string;
  defaultValues: IdeaLocationFormValues;
  nextHref: string;
  tiles: TileConfig;
  boundaries: AreaGeometry[];
}) {
  const t = useTranslations('ideas.form');
  const router = useRouter();
  const id = useId();
  const { form, onSubmit, outcome } = useActionForm({
    schema: ideaLocationSchema,
    action: (values) => setIdeaLocationAction(componentId, ideaId, values),
    defaultValues,
    onSuccess: () => {
      router.push(nextHref);
      router.refresh();
    },
  });
  const lat = useWatch({ control: form.control, name: 'latitude' });
  const lng = useWatch({ control: form.control, name: 'longitude' });
  const point = lat !== null && lat !== undefined && lat !== '' && lng !== null && lng !== undefined && lng !== '' ? { lat: Number(lat), lng: Number(lng) } : null;
  const pinError = form.formState.errors.latitude?.message;
  const set = (p: { lat: number; lng: number } | null) => {
    form.setValue('latitude', p ? String(Math.round(p.lat * 1e6) / 1e6) : '', { shouldDirty: true });
    form.setValue('longitude', p ? String(Math.round(p.lng * 1e6) / 1e6) : '', { shouldDirty: true });
    form.clearErrors('latitude');
  };
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-h`} className="mt-6 max-w-3xl">
        <h2 id={`${id}-h`} className="mb-4 text-2xl font-bold">{t('locationHeading')}</h2>
        <FormStatus outcome={outcome} />
        <TextArea name="locationText" label={t('locationText')} hint={t('locationTextHint')} rows={2} />
        <fieldset className="mb-4 rounded border border-gray-300 p-4">
          <legend className="px-1 font-bold">{t('pinLegend')}</legend>
          <p id={`${id}-hint`} className="mb-2 text-sm">{t('pinHint')}</p>
          <PinPicker
            value={point}
            onChange={set}
            label={t('pinMapLabel')}
            describedBy={`${id}-hint ${id}-point`}
            tiles={tiles}
            boundaries={boundaries}
            zoomTitles={{ zoomIn: t('zoomIn'), zoomOut: t('zoomOut') }}
          />
          <p id={`${id}-point`} aria-live="polite" className="mt-2">
            {point ? t('pinChosen', { lat: point.lat.toFixed(5), lng: point.lng.toFixed(5) }) : t('pinNone')}
          </p>
          <FieldError id={`${id}-error`} message={pinError} />
          {point && (
            <button type="button" onClick={() => set(null)} className="mt-2 rounded border-2 border-gray-600 px-3 py-1 font-semibold">
              {t('pinRemove')}
            </button>
          )}
        </fieldset>
        <SubmitButton pending={form.formState.isSubmitting} label={t('saveAndContinue')} />
      </form>
    </FormProvider>
  );
}
