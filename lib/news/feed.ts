import 'server-only';
import { Feed } from 'feed';
import { localize } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import type { findLatestVisiblePosts } from './queries';
import { publicNewsPath } from './paths';

/** The library marks summaries as HTML; ours are plain text, so they are escaped to be shown as written. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type FeedPost = Awaited<ReturnType<typeof findLatestVisiblePosts>>[number];

/**
 * An Atom feed of visible posts (the caller's query applied the visibility rule), in the reader's language with
 * Finnish as fallback. Entries carry the summary, not the body: feed readers would otherwise show raw Markdown.
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
    feed.addItem({
      id: link,
      link,
      title: localize(post.title, locale),
      description: escapeHtml(localize(post.summary, locale)) || undefined,
      date: post.updatedAt,
      published: post.publishAt ?? undefined,
    });
  }
  return feed.atom1();
}

export const ATOM_HEADERS = { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=60' };
