'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { grantOrganizationRoleAction, revokeOrganizationRoleAction } from '@/lib/users/admin-actions';
import type { OrganizationRole } from '@/lib/users/admin-schema';
import { useAdminActionError } from './admin-action-message';

/** Grants or revokes one organization role, then refreshes the page so the list of roles is current. */
export function AdminRoleToggle({ userId, role, hasRole }: { userId: string; role: OrganizationRole; hasRole: boolean }) {
  const t = useTranslations('users');
  const router = useRouter();
  const errorText = useAdminActionError();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const roleName = t(`orgRoles.${role}`);

  function toggle() {
    setOutcome(null);
    startTransition(async () => {
      const action = hasRole ? revokeOrganizationRoleAction : grantOrganizationRoleAction;
      const result = await action({ userId, role }).catch(() => ({ ok: false as const, error: 'UNEXPECTED' as const }));
      if (result.ok) {
        setOutcome({ kind: 'success', text: t(hasRole ? 'detail.roleRevoked' : 'detail.roleGranted', { role: roleName }) });
        router.refresh();
      } else {
        setOutcome({ kind: 'error', text: errorText(result) });
      }
    });
  }

  return (
    <div>
      <button
        type="button"
        onClick={toggle}
        disabled={pending}
        aria-disabled={pending}
        className={
          hasRole
            ? 'rounded border-2 border-danger px-4 py-2 font-semibold text-danger hover:bg-red-50 disabled:opacity-70'
            : 'rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70'
        }
      >
        {t(hasRole ? 'detail.revokeRole' : 'detail.grantRole', { role: roleName })}
      </button>
      <div aria-live="polite">
        {outcome?.kind === 'success' && (
          <p role="status" className="mt-2 font-medium text-success">
            {outcome.text}
          </p>
        )}
        {outcome?.kind === 'error' && (
          <p role="alert" className="mt-2 font-medium text-danger">
            {outcome.text}
          </p>
        )}
      </div>
    </div>
  );
}
