import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { ClientMessages } from '@/components/layout/client-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.resetPassword');
  return { title: t('title') };
}

/** Opened from the password reset email; the token is used only when the new password is saved. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const t = await getTranslations('auth.resetPassword');
  const hasToken = typeof token === 'string' && token.length > 0;
  return (
    <div className="max-w-xl">
      <h1 id="reset-password-title" className="mb-4 text-3xl font-bold">
        {t('title')}
      </h1>
      {hasToken ? (
        <>
          <p className="mb-6 text-lg">{t('intro')}</p>
          <ClientMessages paths={['auth.resetPassword']}>
            <ResetPasswordForm token={token} headingId="reset-password-title" />
          </ClientMessages>
        </>
      ) : (
        <>
          <p>{t('missingToken')}</p>
          <p className="mt-4">
            <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
              {t('requestNew')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
