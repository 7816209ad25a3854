'use client';

import { useTranslations } from 'next-intl';
import { locales } from '@/lib/i18n/config';
import { TextArea, TextField } from './fields';

/**
 * One fieldset with an input per language. Finnish is required; Swedish and English fall back to Finnish when
 * left empty. Field names are `<name>.fi`, `<name>.sv`, `<name>.en`, matching localizedTextSchema().
 */
export function LocalizedTextField({ name, legend, multiline = false, rows, required = true, hint }: {
  name: string; legend: string; multiline?: boolean; rows?: number; required?: boolean; hint?: string;
}) {
  const t = useTranslations('common.localizedField');
  return (
    <fieldset className="mb-4 rounded border border-gray-300 p-4">
      <legend className="px-1 font-bold">{legend}</legend>
      <p className="mb-2 text-sm text-muted">{hint ?? (required ? t('hint') : t('hintOptional'))}</p>
      {locales.map((l) => {
        const label = `${legend} ${t(l)}`;
        const isRequired = required && l === 'fi';
        return multiline ? (
          <TextArea key={l} name={`${name}.${l}`} label={label} required={isRequired} rows={rows} lang={l} />
        ) : (
          <TextField key={l} name={`${name}.${l}`} label={label} required={isRequired} lang={l} />
        );
      })}
    </fieldset>
  );
}
