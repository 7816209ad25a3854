'use client';

import { signOut } from 'next-auth/react';
import { useLocale } from 'next-intl';
import { revokeCurrentSessionAction } from '@/lib/auth/actions';

export function SignOutButton({ label, className }: { label: string; className?: string }) {
  const locale = useLocale();
  return (
    <button
      type="button"
      className={className}
      onClick={async () => {
        await revokeCurrentSessionAction();
        await signOut({ callbackUrl: `/${locale}` });
      }}
    >
      {label}
    </button>
  );
}
