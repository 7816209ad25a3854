import 'server-only';
import { Feed } from 'feed';
import { localize } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import type { findLatestVisiblePosts } from './queries';
import { imageAlt, imageUrl, pickVariant } from '@/lib/images/image-variants';
import { publicNewsPath } from './paths';

/** The library marks summaries as HTML; ours are plain text, so they are escaped to be shown as written. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type FeedPost = Awaited<ReturnType<typeof findLatestVisiblePosts>>[number];

/**
 * A post's image for feed readers: an `<img>` (960 px variant, alt text in the feed's language) before the summary
 * in the entry's content, and the same file as an enclosure link.
 */
function imageParts(post: FeedPost, origin: string, locale: Locale, summaryHtml: string) {
  const variant = post.image ? pickVariant(post.image, 960) : null;
  if (!post.image || !variant) return {};
  const url = `${origin}${imageUrl(post.image.id, variant.width)}`;
  const alt = imageAlt(post.image, locale).text;
  const img = `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}" width="${variant.width}" height="${variant.height}">`;
  return { image: { url, title: alt || undefined }, content: `<p>${img}</p>${summaryHtml ? `<p>${summaryHtml}</p>` : ''}` };
}

/**
 * An Atom feed of visible posts (the caller's query applied the visibility rule), in the reader's language with
 * Finnish as fallback. Entries carry the summary, not the body: feed readers would otherwise show raw Markdown; a
 * post's image goes with it.
 */
export function newsAtomFeed({ title, selfUrl, pageUrl, origin, locale, posts }: {
  title: string; selfUrl: string; pageUrl: string; origin: string; locale: Locale; posts: FeedPost[];
}): string {
  const feed = new Feed({
    id: selfUrl,
    title,
    link: pageUrl,
    language: locale,
    copyright: '',
    updated: posts[0]?.updatedAt ?? new Date(0),
    feedLinks: { atom: selfUrl },
  });
  for (const post of posts) {
    const link = `${origin}/${locale}${publicNewsPath(post.component.space.slug, post.component.id, post.id)}`;
    const summary = escapeHtml(localize(post.summary, locale));
    feed.addItem({
      id: link,
      link,
      title: localize(post.title, locale),
      description: summary || undefined,
      date: post.updatedAt,
      published: post.publishAt ?? undefined,
      ...imageParts(post, origin, locale, summary),
    });
  }
  return feed.atom1();
}

export const ATOM_HEADERS = { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=60' };
