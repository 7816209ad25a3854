import { asLocalizedText } from '@/lib/core/localized-text';

/**
 * Stored values → the values the admin forms start from. Inputs are controlled by react-hook-form and must never
 * start as undefined (that would switch them from uncontrolled to controlled), so absent text becomes ''.
 */

export type LocalizedFormValue = { fi: string; sv: string; en: string };

export function toLocalizedFormValue(value: unknown): LocalizedFormValue {
  const text = asLocalizedText(value);
  return { fi: text.fi ?? '', sv: text.sv ?? '', en: text.en ?? '' };
}

/** A DATE column (midnight UTC) → the YYYY-MM-DD string of <input type="date">. */
export function toDateInputValue(value: Date | null | undefined): string {
  return value ? value.toISOString().slice(0, 10) : '';
}

export const EMPTY_LOCALIZED: LocalizedFormValue = { fi: '', sv: '', en: '' };
