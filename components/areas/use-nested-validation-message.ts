'use client';

import { useTranslations } from 'next-intl';
import { decodeMessage } from '@/lib/core/validation-message';

/** Parameters that hold another encoded message rather than a value (see geoJsonErrorMessage). */
const NESTED_PARAMS = ['problem', 'detail'] as const;

/**
 * Translates an encoded validation message whose `problem` or `detail` parameter is itself a message, such as
 * "Feature 2 (Neulamäki): ring 1 is not closed…". The shared FieldError translates one level only.
 */
export function useNestedValidationMessage() {
  const t = useTranslations('validation');
  const translate = (message: string, depth = 0): string => {
    const { key, params } = decodeMessage(message);
    const values: Record<string, string | number> = { ...params };
    if (depth < 2) {
      for (const name of NESTED_PARAMS) {
        const nested = params[name];
        if (typeof nested === 'string') values[name] = translate(nested, depth + 1);
      }
    }
    return t.has(key) ? t(key, values) : t('invalid');
  };
  return (message: string) => translate(message);
}
