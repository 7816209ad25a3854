'use client';

import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useFormContext, get, type FieldValues } from 'react-hook-form';
import { FieldError } from './field-error';

import { inputClass } from './field-class';

export { inputClass };

type BaseProps = { name: string; label: ReactNode; hint?: ReactNode; required?: boolean };

function useFieldState(name: string) {
  const { register, formState } = useFormContext<FieldValues>();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  // react-hook-form fills uncontrolled fields from a ref after hydration, so the server-rendered HTML would show them
  // empty until the script runs (and a value typed before then would be overwritten). The form's default value as
  // the element's default makes the first paint, and the page without script, show what is stored.
  const initial: unknown = get(formState.defaultValues, name);
  return { register, error, initial };
}

function initialText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function Described({ id, hint, hintId, errorId, message, label, required, children }: {
  id: string; hint?: ReactNode; hintId: string; errorId: string; message?: string; label: ReactNode; required?: boolean; children: ReactNode;
}) {
  return (
    <div className="mb-4">
      {/* The required marker sits outside the <label> so the field's label text stays exactly its name; the input
          carries aria-required for assistive technology. */}
      <div className="font-semibold">
        <label htmlFor={id}>{label}</label>
        {required && <span aria-hidden="true"> *</span>}
      </div>
      {hint && <p id={hintId} className="text-sm text-muted">{hint}</p>}
      {children}
      <FieldError id={errorId} message={message} />
    </div>
  );
}

function describedBy(hint: unknown, hintId: string, message: unknown, errorId: string) {
  return [hint ? hintId : null, message ? errorId : null].filter(Boolean).join(' ') || undefined;
}

export function TextField({ name, label, hint, required, ...rest }: BaseProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const { register, error, initial } = useFieldState(name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <Described id={id} hint={hint} hintId={hintId} errorId={errorId} message={error?.message} label={label} required={required}>
      <input
        id={id}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(hint, hintId, error?.message, errorId)}
        defaultValue={rest.type === 'password' || rest.type === 'file' ? undefined : initialText(initial)}
        {...rest}
        {...register(name)}
      />
    </Described>
  );
}

export function TextArea({ name, label, hint, required, rows = 5, ...rest }: BaseProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const { register, error, initial } = useFieldState(name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <Described id={id} hint={hint} hintId={hintId} errorId={errorId} message={error?.message} label={label} required={required}>
      <textarea
        id={id}
        rows={rows}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(hint, hintId, error?.message, errorId)}
        defaultValue={initialText(initial)}
        {...rest}
        {...register(name)}
      />
    </Described>
  );
}

export function SelectField({ name, label, hint, required, options, ...rest }: BaseProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const id = useId();
  const { register, error, initial } = useFieldState(name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <Described id={id} hint={hint} hintId={hintId} errorId={errorId} message={error?.message} label={label} required={required}>
      <select
        id={id}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, hintId, error?.message, errorId)}
        defaultValue={initialText(initial)}
        {...rest}
        {...register(name)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Described>
  );
}

export function CheckboxField({ name, label, hint }: BaseProps) {
  const id = useId();
  const { register, error, initial } = useFieldState(name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="mb-4">
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          className="mt-1 h-5 w-5"
          aria-describedby={describedBy(hint, hintId, error?.message, errorId)}
          defaultChecked={initial === true}
          {...register(name)}
        />
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
      </div>
      {hint && <p id={hintId} className="ml-7 text-sm text-muted">{hint}</p>}
      <FieldError id={errorId} message={error?.message} />
    </div>
  );
}

/** A select whose options are grouped (<optgroup>), e.g. officials by service area. */
export function GroupedSelect({ name, label, hint, required, groups }: BaseProps & { groups: { label: string; options: { value: string; label: string }[] }[] }) {
  const id = useId();
  const { register, error, initial } = useFieldState(name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <Described id={id} hint={hint} hintId={hintId} errorId={errorId} message={error?.message} label={label} required={required}>
      <select id={id} className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={describedBy(hint, hintId, error?.message, errorId)} defaultValue={initialText(initial)} {...register(name)}>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Described>
  );
}
