'use client';

import { useTranslations } from 'next-intl';
import { decodeMessage } from '@/lib/core/validation-message';

/** Translates an encoded validation message (see lib/core/validation-message.ts). */
export function useValidationMessage() {
  const t = useTranslations('validation');
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    const { key, params } = decodeMessage(message);
    return t.has(key) ? t(key, params) : t('invalid');
  };
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  const translate = useValidationMessage();
  const text = translate(message);
  if (!text) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-danger">
      {text}
    </p>
  );
}
