/** The input style shared by every form field (fields.tsx, plain-text-field.tsx). */
export const inputClass =
  'mt-1 block w-full rounded border border-gray-500 bg-white px-3 py-2 text-ink aria-[invalid=true]:border-danger aria-[invalid=true]:border-2';
