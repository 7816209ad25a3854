import { type ImageView, imageAlt, imageSrcSet, imageUrl, pickVariant } from '@/lib/images/image-variants';
import type { Locale } from '@/lib/i18n/config';

/**
 * An uploaded image as the page shows it: every variant in `srcset` with the slot's `sizes`, so the browser fetches
 * the narrowest that is sharp enough; width and height from the original so the page does not jump when it loads;
 * the alt text in the reader's language (Finnish when missing; `lang` marks which), `alt=""` when decorative.
 */
export function ResourceImage({ image, locale, sizes, className, priority = false }: {
  image: ImageView;
  locale: Locale;
  /** The `sizes` of the slot, e.g. "(min-width: 768px) 768px, 100vw". */
  sizes: string;
  className?: string;
  /** The main image of a page loads at once; list thumbnails lazily. */
  priority?: boolean;
}) {
  const fallback = pickVariant(image, 960);
  if (!fallback) return null;
  const alt = imageAlt(image, locale);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the variants are made at upload; next/image would re-encode them again
    <img
      src={imageUrl(image.id, fallback.width)}
      srcSet={imageSrcSet(image)}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={alt.text}
      lang={alt.lang && alt.lang !== locale ? alt.lang : undefined}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      className={className}
    />
  );
}
