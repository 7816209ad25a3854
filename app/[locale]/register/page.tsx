import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { getActor } from '@/lib/auth/current-actor';
import { getCurrentOrganization } from '@/lib/organization/current';
import { locales } from '@/lib/i18n/config';
import { RegisterForm } from '@/components/auth/register-form';
import { ClientMessages } from '@/components/layout/client-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.register');
  return { title: t('title') };
}

export default async function RegisterPage() {
  const [t, actor, org] = await Promise.all([getTranslations('auth.register'), getActor(), getCurrentOrganization()]);
  const enabled = locales.filter((l) => org.enabledLocales.includes(l));
  return (
    <div className="max-w-xl">
      <h1 id="register-title" className="mb-4 text-3xl font-bold">
        {t('title')}
      </h1>
      {actor ? (
        <p>
          {t('alreadySignedIn', { name: actor.displayName })}{' '}
          <Link href="/profile" className="text-brand-700 underline">
            {t('toProfile')}
          </Link>
        </p>
      ) : (
        <>
          <p className="mb-6 text-lg">{t('intro')}</p>
          <ClientMessages paths={['auth.register']}>
            <RegisterForm headingId="register-title" enabledLocales={enabled.length > 0 ? enabled : locales} />
          </ClientMessages>
          <p className="mt-6">
            {t('haveAccount')}{' '}
            <Link href="/sign-in" className="text-brand-700 underline">
              {t('signIn')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
