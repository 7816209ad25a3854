import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TokenConfirmForm } from '@/components/auth/token-confirm-form';
import { EmailRequestForm } from '@/components/auth/email-request-form';
import { ClientMessages } from '@/components/layout/client-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.confirmEmail');
  return { title: t('title') };
}

/** Opened from the confirmation email. Showing the page uses nothing up; the button press confirms. */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const [t, tResend] = await Promise.all([getTranslations('auth.confirmEmail'), getTranslations('auth.resend')]);
  return (
    <div className="max-w-xl space-y-10">
      <section>
        <h1 id="confirm-email-title" className="mb-4 text-3xl font-bold">
          {t('title')}
        </h1>
        {typeof token === 'string' && token.length > 0 ? (
          <ClientMessages paths={['auth.confirmEmail']}>
            <TokenConfirmForm kind="confirmEmail" token={token} headingId="confirm-email-title" />
          </ClientMessages>
        ) : (
          <p>{t('missingToken')}</p>
        )}
      </section>
      <section>
        <h2 id="resend-title" className="mb-2 text-2xl font-bold">
          {tResend('title')}
        </h2>
        <p className="mb-4">{tResend('intro')}</p>
        <ClientMessages paths={['auth.resend']}>
          <EmailRequestForm kind="resend" headingId="resend-title" />
        </ClientMessages>
      </section>
    </div>
  );
}
