'use client';

import { useLocale } from 'next-intl';
import { revokeCurrentSessionAction } from '@/lib/auth/actions';
import { signOutAndGo } from '@/lib/auth/credentials-client';

export function SignOutButton({ label, className }: { label: string; className?: string }) {
  const locale = useLocale();
  return (
    <button
      type="button"
      className={className}
      onClick={async () => {
        await revokeCurrentSessionAction();
        await signOutAndGo(`/${locale}`);
      }}
    >
      {label}
    </button>
  );
}
