import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { MAX_IMAGE_BYTES, processImage, sniffImageFormat } from './process-image';

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } });

/** A JPEG with camera and GPS EXIF data (Kuopio market square) and a rotated orientation, as phones write them. */
async function phoneJpeg(): Promise<Buffer> {
  return photo(1200, 800)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'Puhelin', Model: 'Kamera 3000' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '62/1 53/1 32/1', GPSLongitudeRef: 'E', GPSLongitude: '27/1 40/1 42/1' },
    })
    .toBuffer();
}

describe('sniffImageFormat', () => {
  it('reads the format from the bytes, not from a name', async () => {
    expect(sniffImageFormat(await photo(4, 4).jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImageFormat(await photo(4, 4).png().toBuffer())).toBe('png');
    expect(sniffImageFormat(await photo(4, 4).webp().toBuffer())).toBe('webp');
    expect(sniffImageFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImageFormat(Buffer.from('%PDF-1.7'))).toBeNull();
    expect(sniffImageFormat(new Uint8Array())).toBeNull();
  });
});

describe('processImage', () => {
  it('strips EXIF and GPS data, turns the photo upright and makes the page widths as WebP', async () => {
    const original = await phoneJpeg();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect(original.includes(Buffer.from('Kamera 3000'))).toBe(true);
    const result = await processImage(original);
    if (!result.ok) throw new Error(result.reason);
    expect(result.source).toBe('jpeg');
    // Orientation 6: the 1200×800 sensor image is a 800×1200 portrait.
    expect([result.width, result.height]).toEqual([800, 1200]);
    expect(result.variants.map((v) => v.width)).toEqual([480, 800]);
    for (const variant of result.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(meta.height).toBeGreaterThan(meta.width!);
      expect(variant.bytes.includes(Buffer.from('Kamera 3000'))).toBe(false);
    }
  });

  it('does not enlarge a small image', async () => {
    const result = await processImage(await photo(300, 200).png().toBuffer());
    expect(result.ok && result.variants.map((v) => [v.width, v.height])).toEqual([[300, 200]]);
  });

  it('refuses what is not a JPEG, PNG or WebP, whatever it is called', async () => {
    expect(await processImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ ok: false, reason: 'notAnImage' });
    expect(await processImage(await photo(10, 10).gif().toBuffer())).toEqual({ ok: false, reason: 'notAnImage' });
  });

  it('refuses a file over the size limit before decoding it', async () => {
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(await processImage(big)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('refuses a decompression bomb and a truncated file', async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: { r: 0, g: 0, b: 0 } } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.byteLength).toBeLessThan(MAX_IMAGE_BYTES);
    expect(await processImage(bomb)).toEqual({ ok: false, reason: 'tooManyPixels' });
    const jpeg = await photo(800, 600).jpeg().toBuffer();
    expect(await processImage(jpeg.subarray(0, 200))).toEqual({ ok: false, reason: 'unreadable' });
  });
});
