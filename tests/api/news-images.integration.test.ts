/**
 * News images end to end below the browser (ADR 028): the upload route's body (lib/images/upload-request.ts, which
 * app/api/components/[componentId]/images/route.ts calls with the session's actor), attaching through the post's
 * own save, the serving route's body (lib/images/serve-image.ts, app/api/images/[imageId]/[file]/route.ts) and the
 * clean-up. The actor is passed in as the routes pass getActor, so nothing is mocked.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { handleImageUpload } from '@/lib/images/upload-request';
import { serveImage } from '@/lib/images/serve-image';
import { uploadComponentImage } from '@/lib/images/upload-image';
import { deleteDetachedImages, DETACHED_IMAGE_RETENTION_MS } from '@/lib/images/clean-up';
import { readVariants } from '@/lib/images/image-variants';
import { createNewsPost, setNewsPostUnpublished, updateNewsPost } from '@/lib/news/mutations';
import { findLatestVisiblePosts } from '@/lib/news/queries';
import { newsAtomFeed } from '@/lib/news/feed';
import { findApiNews } from '@/lib/open-data/queries';
import { fileStore } from '@/lib/storage/configured-store';
import type { FileStore } from '@/lib/storage/file-store';
import { MAX_IMAGE_BYTES } from '@/lib/uploads/limits';
import { actorFor, createTestUser } from '@/tests/factories/organization-admin';
import { actorWithSpaceRole, componentFixture, createTestSpace, refusal } from '@/tests/factories/components';

let f: Awaited<ReturnType<typeof componentFixture>>;
let componentId: string;
let privateComponentId: string;
let privateCoordinator: Actor;
let resident: Actor;
let coordinatorElsewhere: Actor;

/** A phone photo: camera make and GPS position in its EXIF, rotated by orientation 6. */
async function phoneJpeg(width = 1200, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'Puhelin', Model: 'Kamera 3000' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '62/1 53/1 32/1', GPSLongitudeRef: 'E', GPSLongitude: '27/1 40/1 42/1' },
    })
    .toBuffer();
}

function uploadRequest(body: Uint8Array, headers: Record<string, string> = {}) {
  return new Request('http://127.0.0.1:3000/api/components/x/images', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...headers },
    body: new Uint8Array(body),
  });
}

async function upload(actor: Actor | null, bytes: Uint8Array, id = componentId, headers: Record<string, string> = {}) {
  const response = await handleImageUpload(uploadRequest(bytes, headers), id, async () => actor);
  return { status: response.status, body: (await response.json()) as { ok: boolean; error?: string; data?: { id: string; previewUrl: string } } };
}

async function uploadOk(actor: Actor, id = componentId): Promise<string> {
  const { status, body } = await upload(actor, await phoneJpeg(), id);
  expect(status, JSON.stringify(body)).toBe(201);
  return body.data!.id;
}

function get(imageId: string, file: string, actor: Actor | null, headers: Record<string, string> = {}) {
  return serveImage(new Request(`http://127.0.0.1:3000/api/images/${imageId}/${file}`, { headers }), { imageId, file }, async () => actor);
}

const imageCount = (where: Record<string, unknown> = {}) => db.resourceImage.count({ where: { componentId, ...where } });

function post(title: string, extra: Record<string, unknown> = {}) {
  return {
    title: { fi: title, sv: '', en: '' },
    summary: { fi: '', sv: '', en: '' },
    body: { fi: `Tekstiä: ${title}`, sv: '', en: '' },
    areaIds: [],
    publication: 'now' as const,
    scheduledAt: '',
    isPinned: false,
    ...extra,
  };
}

const withAlt = (id: string) => ({ id, alt: { fi: 'Sininen kuva', sv: 'En blå bild', en: '' }, decorative: false });

beforeAll(async () => {
  f = await componentFixture();
  componentId = (await db.component.create({ data: { spaceId: f.space.id, kind: 'news', name: { fi: 'Tiedotus' }, isPublished: true }, select: { id: true } })).id;
  const privateSpace = await createTestSpace(f.org.id, { isPrivate: true });
  privateComponentId = (await db.component.create({ data: { spaceId: privateSpace.id, kind: 'news', name: { fi: 'Tiedotus' }, isPublished: true }, select: { id: true } })).id;
  privateCoordinator = await actorWithSpaceRole(f.org.id, privateSpace.id, 'COORDINATOR', 'private-coord');
  resident = await actorFor((await createTestUser(f.org.id, { label: 'resident' })).id);
  coordinatorElsewhere = await actorWithSpaceRole(f.org.id, f.otherSpace.id, 'COORDINATOR', 'coord-elsewhere');
});

describe('uploading an image', () => {
  it('stores a phone photo re-encoded as WebP without its EXIF or GPS data, unattached, with an audit record', async () => {
    const id = await uploadOk(f.coordinator);
    const row = await db.resourceImage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ componentId, organizationId: f.org.id, resourceType: null, resourceId: null, uploadedById: f.coordinator.userId, width: 800, height: 1200 });
    const variants = readVariants(row.variants);
    expect(variants.map((v) => v.width)).toEqual([480, 800]);
    for (const variant of variants) {
      const stored = await fileStore().get(variant.key);
      expect(stored?.contentType).toBe('image/webp');
      const meta = await sharp(stored!.bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
      expect(stored!.bytes.includes(Buffer.from('Kamera 3000'))).toBe(false);
    }
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: id } });
    expect(audit).toMatchObject({ action: 'image.upload', actorId: f.coordinator.userId, spaceId: f.space.id });
  });

  it('refuses non-image bytes named as a JPEG, an oversized body and too many pixels, storing nothing', async () => {
    const before = await imageCount();
    expect(await upload(f.coordinator, Buffer.from('<?php echo "hei"; ?> not a jpeg'), componentId, { 'content-type': 'image/jpeg' })).toEqual({
      status: 415,
      body: { ok: false, error: 'notAnImage' },
    });
    const oversized = Buffer.alloc(MAX_IMAGE_BYTES + 1, 0xff);
    expect(await upload(f.coordinator, oversized)).toEqual({ status: 413, body: { ok: false, error: 'tooLarge' } });
    // Without a Content-Length the body is counted while it is read.
    const streamed = new Request('http://127.0.0.1:3000/x', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new ReadableStream({ start(c) { c.enqueue(oversized); c.close(); } }),
      duplex: 'half',
    } as RequestInit);
    expect((await handleImageUpload(streamed, componentId, async () => f.coordinator)).status).toBe(413);
    const huge = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(await upload(f.coordinator, huge)).toEqual({ status: 422, body: { ok: false, error: 'tooManyPixels' } });
    const truncated = (await phoneJpeg()).subarray(0, 2000);
    expect((await upload(f.coordinator, truncated)).body.error).toBe('unreadable');
    expect(await imageCount()).toBe(before);
  });

  it('refuses the anonymous, residents, coordinators of other spaces and other municipalities, storing nothing', async () => {
    const before = await imageCount();
    const photo = await phoneJpeg();
    expect(await upload(null, photo)).toEqual({ status: 401, body: { ok: false, error: 'UNAUTHENTICATED' } });
    expect(await upload(resident, photo)).toEqual({ status: 403, body: { ok: false, error: 'FORBIDDEN' } });
    expect(await upload(coordinatorElsewhere, photo)).toEqual({ status: 403, body: { ok: false, error: 'FORBIDDEN' } });
    expect(await upload(f.outsider, photo)).toEqual({ status: 403, body: { ok: false, error: 'FORBIDDEN' } });
    expect((await upload(f.coordinator, photo, 'ei-ole-olemassa')).status).toBe(403);
    expect((await upload(f.coordinator, photo, '../../etc')).status).toBe(403);
    expect(await imageCount()).toBe(before);
  });

  it('refuses requests a cross-site page could make with an editor’s cookies', async () => {
    const photo = await phoneJpeg();
    expect((await upload(f.coordinator, photo, componentId, { origin: 'https://evil.example' })).status).toBe(403);
    for (const type of ['multipart/form-data; boundary=x', 'text/plain', 'application/x-www-form-urlencoded', '']) {
      expect((await upload(f.coordinator, photo, componentId, { 'content-type': type })).status, type).toBe(415);
    }
  });

  it('removes the row and the files stored so far when the store fails', async () => {
    const stored: string[] = [];
    const failing: FileStore = {
      put: async (key) => {
        if (stored.length === 1) throw new Error('disk full');
        stored.push(key);
      },
      get: async () => null,
      delete: async (key) => {
        stored.splice(stored.indexOf(key), 1);
      },
    };
    const before = await imageCount();
    await expect(uploadComponentImage(f.coordinator, componentId, await phoneJpeg(), failing)).rejects.toThrow('disk full');
    expect(stored).toEqual([]);
    expect(await imageCount()).toBe(before);
  });
});

describe('attaching an image with the post', () => {
  it('needs alt text in Finnish unless the image is marked decorative', async () => {
    const id = await uploadOk(f.coordinator);
    const refused = await refusal(createNewsPost(f.coordinator, componentId, post('Ilman alt-tekstiä', { image: { id, alt: { fi: '', sv: 'bild', en: '' }, decorative: false } })));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.fieldErrors?.['image.alt.fi']).toEqual(['imageAltMissing']);
    expect(await db.resourceImage.findUniqueOrThrow({ where: { id }, select: { resourceId: true } })).toEqual({ resourceId: null });

    const decorative = await createNewsPost(f.coordinator, componentId, post('Koristekuva', { image: { id, alt: { fi: 'ohitetaan', sv: '', en: '' }, decorative: true } }));
    expect(await db.resourceImage.findUniqueOrThrow({ where: { id }, select: { resourceId: true, alt: true, decorative: true } })).toEqual({
      resourceId: decorative.id,
      alt: {},
      decorative: true,
    });
  });

  it('shows the image with the post in lists, feeds and the API, and a removed image goes away with the clean-up', async () => {
    const id = await uploadOk(f.coordinator);
    const created = await createNewsPost(f.coordinator, componentId, post('Kuvallinen tiedote', { image: withAlt(id) }));
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: created.id, action: 'news_post.create' } });
    expect((audit.after as { image: unknown }).image).toEqual({ id, alt: { fi: 'Sininen kuva', sv: 'En blå bild' }, decorative: false });

    const listed = (await findLatestVisiblePosts(null, f.org.id, { take: 50 })).find((p) => p.id === created.id);
    expect(listed?.image).toMatchObject({ id, width: 800, height: 1200, decorative: false, variants: [{ width: 480 }, { width: 800 }] });
    const xml = newsAtomFeed({ title: 'T', selfUrl: 'https://x.example/fi/a.xml', pageUrl: 'https://x.example/fi', origin: 'https://x.example', locale: 'sv', posts: [listed!] });
    expect(xml).toContain(`<link rel="enclosure" href="https://x.example/api/images/${id}/800.webp" title="En blå bild" type="image/webp"/>`);
    expect(xml).toContain(`<img src="https://x.example/api/images/${id}/800.webp" alt="En blå bild"`);
    const api = await findApiNews(f.org.id, { after: null, limit: 50 });
    const item = api !== 'badCursor' ? api.items.find((p) => p.id === created.id) : undefined;
    expect(item?.image?.url).toMatch(new RegExp(`/api/images/${id}/800\\.webp$`));
    expect(item?.image?.alt).toEqual({ fi: 'Sininen kuva', sv: 'En blå bild' });

    // Another upload cannot take a post's image, and an image of another component cannot be attached.
    const other = await db.component.create({ data: { spaceId: f.space.id, kind: 'news', name: { fi: 'Toinen' }, isPublished: true }, select: { id: true } });
    const foreign = await uploadOk(f.coordinator, other.id);
    const refused = await refusal(updateNewsPost(f.coordinator, componentId, created.id, post('Kuvallinen tiedote', { image: withAlt(foreign) })));
    expect(refused.fieldErrors?.image).toEqual(['imageMissing']);

    await updateNewsPost(f.coordinator, componentId, created.id, post('Kuvallinen tiedote', { image: null }));
    const row = await db.resourceImage.findUniqueOrThrow({ where: { id } });
    expect(row.resourceId).toBeNull();
    expect((await get(id, '480.webp', null)).status).toBe(404);

    const keys = readVariants(row.variants).map((v) => v.key);
    await deleteDetachedImages(fileStore(), new Date(Date.now() + DETACHED_IMAGE_RETENTION_MS + 60_000));
    expect(await db.resourceImage.count({ where: { id } })).toBe(0);
    for (const key of keys) expect(await fileStore().get(key)).toBeNull();
  });
});

describe('serving images', () => {
  it('serves a published post’s image to anyone, as WebP that browsers must not sniff, cacheable, with an ETag', async () => {
    const id = await uploadOk(f.coordinator);
    await createNewsPost(f.coordinator, componentId, post('Julkaistu kuva', { image: withAlt(id) }));
    const response = await get(id, '480.webp', null);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe('inline');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const etag = response.headers.get('etag')!;
    expect(etag).toBe(`"${id}-480"`);
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(480);
    expect((await get(id, '480.webp', null, { 'if-none-match': etag })).status).toBe(304);
  });

  it('hides drafts, scheduled, unpublished and private-space images from the anonymous; their editors see them, uncached', async () => {
    const draftImage = await uploadOk(f.coordinator);
    await createNewsPost(f.coordinator, componentId, post('Luonnos', { publication: 'draft', image: withAlt(draftImage) }));
    const scheduledImage = await uploadOk(f.coordinator);
    const inTwoDays = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', dateStyle: 'short', timeStyle: 'short' })
      .format(new Date(Date.now() + 48 * 3600_000))
      .replace(' ', 'T');
    await createNewsPost(f.coordinator, componentId, post('Ajastettu', { publication: 'schedule', scheduledAt: inTwoDays, image: withAlt(scheduledImage) }));
    const unpublishedImage = await uploadOk(f.coordinator);
    const unpublished = await createNewsPost(f.coordinator, componentId, post('Peruttu', { image: withAlt(unpublishedImage) }));
    await setNewsPostUnpublished(f.coordinator, componentId, unpublished.id, true);
    const pendingImage = await uploadOk(f.coordinator);
    const privateImage = await uploadOk(privateCoordinator, privateComponentId);
    await createNewsPost(privateCoordinator, privateComponentId, post('Yksityinen', { image: withAlt(privateImage) }));

    for (const [id, editor] of [[draftImage, f.coordinator], [scheduledImage, f.coordinator], [unpublishedImage, f.coordinator], [pendingImage, f.coordinator], [privateImage, privateCoordinator]] as const) {
      for (const reader of [null, resident, coordinatorElsewhere, f.outsider]) {
        const hidden = await get(id, '480.webp', reader);
        expect(hidden.status, `${id} for ${reader?.userId ?? 'anonymous'}`).toBe(404);
        expect(hidden.headers.get('cache-control')).toBe('private, no-store');
      }
      const seen = await get(id, '480.webp', editor);
      expect(seen.status).toBe(200);
      expect(seen.headers.get('cache-control')).toBe('private, no-store');
      // Organization admins prepare every space, private ones included.
      expect((await get(id, '480.webp', f.admin)).status).toBe(200);
    }
  });

  it('answers 404 to unknown ids, unknown widths and malformed addresses, never a 5xx', async () => {
    const id = await uploadOk(f.coordinator);
    const cases: [unknown, unknown][] = [
      ['ckzzzzzzzzzzzzzzzzzzzzzzz', '480.webp'],
      [id, '481.webp'],
      [id, '480.png'],
      [id, '480'],
      [id, '0.webp'],
      [id, '99999999999999999999.webp'],
      [id, '../480.webp'],
      ['../../etc/passwd', '480.webp'],
      ['A'.repeat(500), '480.webp'],
      ['', ''],
      [undefined, null],
      [id.toUpperCase(), '480.webp'],
    ];
    for (const [imageId, file] of cases) {
      const response = await serveImage(new Request('http://127.0.0.1:3000/api/images/x/y'), { imageId, file }, async () => f.coordinator);
      expect(response.status, `${String(imageId)}/${String(file)}`).toBe(404);
    }
  });
});
