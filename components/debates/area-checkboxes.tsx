'use client';

import { get, useFormContext } from 'react-hook-form';
import { FieldError } from '@/components/forms/field-error';

export type AreaChoice = { id: string; name: string; lang?: string };

/**
 * The space's areas as checkboxes of the form's `areaIds`, with the field's error below (officials' and residents'
 * debate forms). `empty` is shown when the space has no areas.
 */
export function AreaCheckboxes({ idPrefix, areas, checked, legend, hint, empty }: { idPrefix: string; areas: readonly AreaChoice[]; checked: readonly string[]; legend: string; hint: string; empty?: string }) {
  const form = useFormContext<{ areaIds: string[] }>();
  const areaError = (get(form.formState.errors, 'areaIds') ?? get(form.formState.errors, 'areaIds.0')) as { message?: string } | undefined;
  return (
    <fieldset className="mb-4 rounded border border-gray-300 p-4" aria-describedby={areaError?.message ? `${idPrefix}-areas-error` : undefined}>
      <legend className="px-1 font-bold">{legend}</legend>
      <p className="mb-2 text-sm text-muted">{hint}</p>
      {areas.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="grid gap-1 sm:grid-cols-2">
          {areas.map((area) => (
            <li key={area.id} className="flex items-center gap-2">
              <input id={`${idPrefix}-area-${area.id}`} type="checkbox" value={area.id} className="h-5 w-5" defaultChecked={checked.includes(area.id)} {...form.register('areaIds')} />
              <label htmlFor={`${idPrefix}-area-${area.id}`} lang={area.lang}>
                {area.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldError id={`${idPrefix}-areas-error`} message={areaError?.message} />
    </fieldset>
  );
}
