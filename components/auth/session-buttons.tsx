'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import type { ErrorCode } from '@/lib/core/errors';
import { revokeSessionAction, signOutEverywhereAction } from '@/lib/users/account-actions';
import { signOutAndGo } from '@/lib/auth/credentials-client';

function ErrorText({ code }: { code: ErrorCode | null }) {
  const tErrors = useTranslations('errors');
  return (
    <span aria-live="polite">
      {code && (
        <span role="alert" className="mt-2 block font-medium text-danger">
          {tErrors(code)}
        </span>
      )}
    </span>
  );
}

/** Revokes every session of the account, this browser's included, then clears this browser's cookie. */
export function SignOutEverywhereButton() {
  const t = useTranslations('profile.sessions');
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function signOutEverywhere() {
    setPending(true);
    setError(null);
    try {
      const result = await signOutEverywhereAction();
      if (!result.ok) {
        setError(result.error);
        setPending(false);
        return;
      }
      await signOutAndGo(`/${locale}/sign-in`);
    } catch {
      setError('UNEXPECTED');
      setPending(false);
    }
  }

  return (
    <div>
      <button
        type="button"
        onClick={signOutEverywhere}
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? t('working') : t('signOutEverywhere')}
      </button>
      <ErrorText code={error} />
    </div>
  );
}

/** Signs out one other device of the account. */
export function RevokeSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  const t = useTranslations('profile.sessions');
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function revoke() {
    setPending(true);
    setError(null);
    try {
      const result = await revokeSessionAction({ sessionId });
      if (result.ok) router.refresh();
      else setError(result.error);
    } catch {
      setError('UNEXPECTED');
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={revoke}
        disabled={pending}
        className="rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70"
      >
        {pending ? t('working') : t('revoke')}
        {/* Names the device for screen readers, whose button list would otherwise repeat "Sign out". */}
        <span className="sr-only">: {device}</span>
      </button>
      <ErrorText code={error} />
    </>
  );
}
