import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { getCurrentOrganization } from '@/lib/organization/current';
import { getVisibleSpaceBySlug } from '@/lib/spaces/public-queries';
import { localize } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { findLatestVisiblePosts } from '@/lib/news/queries';
import { newsAtomFeed } from '@/lib/news/feed';
import { sharedFeedResponse } from '@/lib/news/shared-feeds';
import { spaceNewsFeedPath } from '@/lib/news/paths';

export const dynamic = 'force-dynamic';

/** The Atom feed of a space's visible news, as an anonymous visitor sees them (feed readers send no session). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; spaceSlug: string }> }) {
  const { locale: raw, spaceSlug } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  return sharedFeedResponse(`space:${locale}:${spaceSlug}`, async () => {
    const org = await getCurrentOrganization();
    const space = await getVisibleSpaceBySlug(null, org.id, spaceSlug);
    if (!space) return null;
    const [t, posts] = await Promise.all([
      getTranslations({ locale, namespace: 'news.public' }),
      findLatestVisiblePosts(null, org.id, { spaceId: space.id, take: 30 }),
    ]);
    const origin = env().APP_URL?.replace(/\/$/, '') ?? new URL(request.url).origin;
    return newsAtomFeed({
      title: t('feedTitle', { name: localize(space.title, locale) }),
      selfUrl: `${origin}${spaceNewsFeedPath(locale, space.slug)}`,
      pageUrl: `${origin}/${locale}/spaces/${space.slug}`,
      origin,
      locale,
      posts,
    });
  });
}
