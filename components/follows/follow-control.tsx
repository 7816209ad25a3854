import { getTranslations } from 'next-intl/server';
import type { FollowTarget } from '@/lib/follows/follow-target';
import { FollowButton } from './follow-button';

/**
 * The follow button with its texts in the page's language, for server-rendered pages. The same HTML serves visitors
 * and residents (ADR 021): it holds both the sign-in link (back to this page) and the button.
 */
export async function FollowControl({ target, locale, returnTo }: { target: FollowTarget; locale: string; returnTo: string }) {
  const t = await getTranslations({ locale, namespace: 'notifications.follow' });
  return (
    <FollowButton
      target={target}
      signInHref={`/${locale}/sign-in?returnTo=${encodeURIComponent(returnTo)}`}
      labels={{ button: t('button'), signInToFollow: t('signInToFollow'), followingStatus: t('followingStatus'), notFollowingStatus: t('notFollowingStatus'), error: t('error') }}
    />
  );
}
