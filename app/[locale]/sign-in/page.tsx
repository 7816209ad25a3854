import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { getActor } from '@/lib/auth/current-actor';
import { ErrorCodes, type ErrorCode } from '@/lib/core/errors';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { ClientMessages } from '@/components/layout/client-messages';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn');
  return { title: t('title') };
}

/** next-auth sends the browser here with ?error=<code> when a sign-in without JavaScript fails. */
function errorFromQuery(value: unknown): ErrorCode | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  return (ErrorCodes as readonly string[]).includes(value) ? (value as ErrorCode) : 'UNEXPECTED';
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const [t, tErrors, tCommon, actor] = await Promise.all([
    getTranslations('auth.signIn'),
    getTranslations('errors'),
    getTranslations('common'),
    getActor(),
  ]);
  const returnTo = typeof query.returnTo === 'string' ? query.returnTo : undefined;
  const queryError = errorFromQuery(query.error);

  return (
    <div className="max-w-xl">
      <h1 id="sign-in-title" className="mb-6 text-3xl font-bold">
        {t('title')}
      </h1>
      {actor ? (
        <div className="space-y-4">
          <p>{t('alreadySignedIn', { name: actor.displayName })}</p>
          <p className="flex flex-wrap gap-3">
            <Link href="/profile" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white">
              {t('toProfile')}
            </Link>
            <SignOutButton
              label={tCommon('nav.signOut')}
              className="rounded border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800"
            />
          </p>
        </div>
      ) : (
        <>
          {queryError && (
            <p role="alert" className="mb-4 rounded border-2 border-danger bg-red-50 px-4 py-3 font-medium text-danger">
              {tErrors(queryError)}
            </p>
          )}
          <ClientMessages paths={['auth.signIn', 'auth.resend']}>
            <SignInForm headingId="sign-in-title" returnTo={returnTo} />
          </ClientMessages>
          <p className="mt-6">
            <Link href="/forgot-password" className="text-brand-700 underline">
              {t('forgot')}
            </Link>
          </p>
          <p className="mt-2">
            {t('noAccount')}{' '}
            <Link href="/register" className="text-brand-700 underline">
              {t('register')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
