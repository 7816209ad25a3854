'use client';

import { useId } from 'react';
import { useFormContext, get, type FieldValues } from 'react-hook-form';
import { FieldError } from '@/components/forms/field-error';

export type AreaOption = { id: string; label: string; lang: string };

/** The areas a space concerns, as a group of checkboxes (a multi-select that works with keyboard and screen readers). */
export function AreaCheckboxes({ name, legend, hint, emptyText, areas }: {
  name: string; legend: string; hint: string; emptyText: string; areas: readonly AreaOption[];
}) {
  const id = useId();
  const { register, formState } = useFormContext<FieldValues>();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="mb-4 rounded border border-gray-300 p-4"
      aria-describedby={[hintId, error?.message ? errorId : null].filter(Boolean).join(' ')}
    >
      <legend className="px-1 font-bold">{legend}</legend>
      <p id={hintId} className="mb-2 text-sm text-muted">{hint}</p>
      {areas.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {areas.map((area) => (
            <li key={area.id} className="flex items-start gap-2">
              <input id={`${id}-${area.id}`} type="checkbox" value={area.id} className="mt-1 h-5 w-5" {...register(name)} />
              <label htmlFor={`${id}-${area.id}`} lang={area.lang}>
                {area.label}
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldError id={errorId} message={error?.message} />
    </fieldset>
  );
}
