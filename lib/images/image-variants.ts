import { z } from '@/lib/core/zod';
import { localize, localizedLang } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';

/**
 * Facts about stored images that pages, feeds, the API and the serving route share (ADR 028). No database and no
 * React here: keys, addresses and `srcset` are derived from an image's id and its variants' widths alone.
 */

/** One stored WebP variant of an image: its size and its FileStore key. */
export const imageVariantSchema = z.object({ width: z.number().int().positive(), height: z.number().int().positive(), key: z.string() });
export type ImageVariantRecord = z.output<typeof imageVariantSchema>;

/** The variants column, read defensively: anything malformed reads as "no variants" (the image is then not shown). */
export function readVariants(value: unknown): ImageVariantRecord[] {
  const parsed = z.array(imageVariantSchema).safeParse(value);
  return parsed.success ? [...parsed.data].sort((a, b) => a.width - b.width) : [];
}

/** An image as readers get it: never the FileStore keys, which are the server's business. */
export type ImageView = {
  id: string;
  width: number;
  height: number;
  alt: unknown;
  decorative: boolean;
  variants: { width: number; height: number }[];
};

/** Image ids are made by the app (cuid); anything else in a URL is not an image of ours. */
export const IMAGE_ID = /^[a-z0-9]{8,40}$/;

/** The FileStore key of one variant: only ever built from an id the database made and a width, never from input. */
export function imageFileKey(imageId: string, width: number): string {
  return `img-${imageId}-w${width}.webp`;
}

/** The serving route of one variant (app/api/images/[imageId]/[file]/route.ts). */
export function imageUrl(imageId: string, width: number): string {
  return `/api/images/${imageId}/${width}.webp`;
}

/** `srcset` of all variants; with `sizes` the browser downloads the narrowest that fills the slot. */
export function imageSrcSet(image: ImageView, origin = ''): string {
  return image.variants.map((v) => `${origin}${imageUrl(image.id, v.width)} ${v.width}w`).join(', ');
}

/** The narrowest variant at least `width` wide (else the widest): the `src` fallback and the feed/API image. */
export function pickVariant(image: ImageView, width: number): { width: number; height: number } | null {
  return image.variants.find((v) => v.width >= width) ?? image.variants[image.variants.length - 1] ?? null;
}

/** Alt text in the reader's language, falling back to Finnish; empty for a decorative image (alt=""). */
export function imageAlt(image: ImageView, locale: Locale): { text: string; lang: Locale | undefined } {
  if (image.decorative) return { text: '', lang: undefined };
  return { text: localize(image.alt, locale), lang: localizedLang(image.alt, locale) };
}
