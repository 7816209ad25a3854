import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { getCurrentOrganization } from '@/lib/organization/current';
import { getAreaBySlug } from '@/lib/areas/queries';
import { localize } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { findLatestVisiblePosts } from '@/lib/news/queries';
import { newsAtomFeed } from '@/lib/news/feed';
import { sharedFeedResponse } from '@/lib/news/shared-feeds';
import { areaNewsFeedPath } from '@/lib/news/paths';

export const dynamic = 'force-dynamic';

/** The Atom feed of the visible news tagged with an area, from any space, as an anonymous visitor sees them. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; areaSlug: string }> }) {
  const { locale: raw, areaSlug } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  return sharedFeedResponse(`area:${locale}:${areaSlug}`, async () => {
    const org = await getCurrentOrganization();
    const area = await getAreaBySlug(org.id, areaSlug, null);
    if (!area) return null;
    const [t, posts] = await Promise.all([
      getTranslations({ locale, namespace: 'news.public' }),
      findLatestVisiblePosts(null, org.id, { areaId: area.id, take: 30 }),
    ]);
    const origin = env().APP_URL?.replace(/\/$/, '') ?? new URL(request.url).origin;
    return newsAtomFeed({
      title: t('feedTitle', { name: localize(area.name, locale) }),
      selfUrl: `${origin}${areaNewsFeedPath(locale, area.slug)}`,
      pageUrl: `${origin}/${locale}/areas/${area.slug}`,
      origin,
      locale,
      posts,
    });
  });
}
