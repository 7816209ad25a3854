import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { EmailRequestForm } from '@/components/auth/email-request-form';
import { ClientMessages } from '@/components/layout/client-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.forgotPassword');
  return { title: t('title') };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations('auth.forgotPassword');
  return (
    <div className="max-w-xl">
      <h1 id="forgot-password-title" className="mb-4 text-3xl font-bold">
        {t('title')}
      </h1>
      <p className="mb-6 text-lg">{t('intro')}</p>
      <ClientMessages paths={['auth.forgotPassword']}>
        <EmailRequestForm kind="forgotPassword" headingId="forgot-password-title" />
      </ClientMessages>
      <p className="mt-6">
        <Link href="/sign-in" className="text-brand-700 underline">
          {t('backToSignIn')}
        </Link>
      </p>
    </div>
  );
}
