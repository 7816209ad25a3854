/** Addresses of a Pages component, without a locale prefix (the locale-aware Link adds it). */

export function publicPagePath(spaceSlug: string, componentId: string, pageSlug?: string): string {
  const base = `/spaces/${spaceSlug}/c/${componentId}`;
  return pageSlug ? `${base}/${pageSlug}` : base;
}

export function adminPagesPath(spaceId: string, componentId: string, ...rest: string[]): string {
  return [`/admin/spaces/${spaceId}/components/${componentId}/manage`, ...rest].join('/');
}
