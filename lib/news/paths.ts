/** Addresses of a News component, without a locale prefix (the locale-aware Link adds it), except the feeds. */

export function publicNewsPath(spaceSlug: string, componentId: string, postId?: string): string {
  const base = `/spaces/${spaceSlug}/c/${componentId}`;
  return postId ? `${base}/${postId}` : base;
}

export function adminNewsPath(spaceId: string, componentId: string, ...rest: string[]): string {
  return [`/admin/spaces/${spaceId}/components/${componentId}/manage`, ...rest].join('/');
}

/** Atom feeds are route handlers under the locale segment, so the path carries the locale itself. */
export function spaceNewsFeedPath(locale: string, spaceSlug: string): string {
  return `/${locale}/spaces/${spaceSlug}/news.xml`;
}

export function areaNewsFeedPath(locale: string, areaSlug: string): string {
  return `/${locale}/areas/${areaSlug}/news.xml`;
}
