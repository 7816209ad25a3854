'use client';

import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldError } from './field-error';
import { inputClass } from './field-class';

/**
 * A labelled input with its validation message, for small forms that do without react-hook-form (and so without
 * its and zod's JavaScript): the same markup and accessible description as TextField in fields.tsx. `error` is an
 * encoded validation message (lib/core/validation-message.ts).
 */
export function PlainTextField({ label, error, ...rest }: { label: ReactNode; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="mb-4">
      <div className="font-semibold">
        <label htmlFor={id}>{label}</label>
      </div>
      <input id={id} className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...rest} />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
