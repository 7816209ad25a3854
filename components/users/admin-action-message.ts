'use client';

import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/core/action-result';

/** The text for a failed user-admin action: a specific reason when the server gave one, else the error code's. */
export function useAdminActionError() {
  const t = useTranslations('users.errors');
  const tErrors = useTranslations('errors');
  return (result: Extract<ActionResult<unknown>, { ok: false }>): string => {
    const reason = result.fieldErrors?._form?.[0];
    return reason && t.has(reason) ? t(reason) : tErrors(result.error);
  };
}
