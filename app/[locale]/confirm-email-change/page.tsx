import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TokenConfirmForm } from '@/components/auth/token-confirm-form';
import { ClientMessages } from '@/components/layout/client-messages';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.confirmEmailChange');
  return { title: t('title') };
}

/** Opened from the email sent to the new address. Showing the page uses nothing up; the button press confirms. */
export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const t = await getTranslations('auth.confirmEmailChange');
  return (
    <div className="max-w-xl">
      <h1 id="confirm-email-change-title" className="mb-4 text-3xl font-bold">
        {t('title')}
      </h1>
      {typeof token === 'string' && token.length > 0 ? (
        <ClientMessages paths={['auth.confirmEmailChange']}>
          <TokenConfirmForm kind="confirmEmailChange" token={token} headingId="confirm-email-change-title" />
        </ClientMessages>
      ) : (
        <p>{t('missingToken')}</p>
      )}
    </div>
  );
}
