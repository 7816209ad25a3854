import sharp from 'sharp';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from './limits';

export { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS };

/**
 * Uploaded images are checked by their content and re-encoded before anything stores them (issue 6, 1.5; ADR 026):
 * the bytes must be a JPEG, PNG or WebP (the file name and the browser's claimed type are ignored), at most
 * MAX_IMAGE_BYTES and MAX_IMAGE_PIXELS; the result is new WebP files in the widths the pages use, made from the
 * decoded pixels only — so EXIF and GPS data, colour profiles' private tags and anything hidden after the image data
 * are gone — and turned upright from the EXIF orientation first.
 */

/** The widths pages use: a list thumbnail, the article column, a wide hero. Narrower originals are not enlarged. */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;

export type ImageFormat = 'jpeg' | 'png' | 'webp';
export type ImageRefusal = 'tooLarge' | 'notAnImage' | 'tooManyPixels' | 'unreadable';
export type ImageVariant = { width: number; height: number; bytes: Buffer; contentType: 'image/webp' };
export type ProcessedImage = { ok: true; source: ImageFormat; width: number; height: number; variants: ImageVariant[] } | { ok: false; reason: ImageRefusal };

/** The image format the bytes begin with, or null: JPEG FF D8 FF, PNG's 8-byte signature, RIFF….WEBP. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

export async function processImage(bytes: Uint8Array): Promise<ProcessedImage> {
  if (bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, reason: 'tooLarge' };
  const source = sniffImageFormat(bytes);
  if (!source) return { ok: false, reason: 'notAnImage' };
  const input = () => sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' });
  let width: number;
  let height: number;
  try {
    // Only the header is read here (no pixels decoded), so the size can be judged before any decoding.
    const meta = await sharp(bytes, { limitInputPixels: false, failOn: 'error' }).metadata();
    if (!meta.width || !meta.height) return { ok: false, reason: 'unreadable' };
    if (meta.width * meta.height > MAX_IMAGE_PIXELS) return { ok: false, reason: 'tooManyPixels' };
    // EXIF orientations 5–8 swap width and height once the image is turned upright.
    const swapped = (meta.orientation ?? 1) >= 5;
    width = swapped ? meta.height : meta.width;
    height = swapped ? meta.width : meta.height;
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const widths = [...new Set(IMAGE_WIDTHS.map((w) => Math.min(w, width)))];
  try {
    const variants = await Promise.all(
      widths.map(async (w) => {
        const { data, info } = await input().rotate().resize({ width: w, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, bytes: data, contentType: 'image/webp' as const };
      }),
    );
    return { ok: true, source, width, height, variants };
  } catch {
    // Truncated or corrupt data that the header did not reveal.
    return { ok: false, reason: 'unreadable' };
  }
}
