import sharp from 'sharp';
import type { Db } from '@/lib/db';
import type { FileStore } from '@/lib/storage/file-store';
import { processImage } from '@/lib/uploads/process-image';
import { imageFileKey } from '@/lib/images/image-variants';

/**
 * Images of the demo posts. Nothing can be downloaded where the demo is built, so each is an SVG illustration drawn
 * here and put through the same checks and re-encoding as an upload (processImage), then attached like a saved
 * form would attach it. Alt texts in Finnish and Swedish.
 */
const W = 1200;
const H = 675;

const sky = (top: string, bottom: string) =>
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;
const tree = (x: number, y: number, r: number) =>
  `<rect x="${x - 6}" y="${y}" width="12" height="${r * 1.4}" fill="#6b4f2c"/><circle cx="${x}" cy="${y}" r="${r}" fill="#3f7d3a"/><circle cx="${x - r / 2}" cy="${y + r / 3}" r="${r * 0.7}" fill="#4c9146"/>`;
const block = (x: number, w: number, h: number, color: string) => {
  let windows = '';
  for (let wy = H - 150 - h + 30; wy < H - 170; wy += 48) for (let wx = x + 20; wx < x + w - 30; wx += 44) windows += `<rect x="${wx}" y="${wy}" width="24" height="28" fill="#f5e7a1"/>`;
  return `<rect x="${x}" y="${H - 150 - h}" width="${w}" height="${h}" fill="${color}"/>${windows}`;
};
const person = (x: number, y: number, color: string) => `<circle cx="${x}" cy="${y}" r="26" fill="#e8b894"/><rect x="${x - 32}" y="${y + 30}" width="64" height="90" rx="26" fill="${color}"/>`;

const ILLUSTRATIONS: Record<string, { svg: string; alt: { fi: string; sv: string } }> = {
  'Lähiöohjelma käynnistyy': {
    svg: `${sky('#8fc7ef', '#dff1fb')}<circle cx="1030" cy="120" r="60" fill="#ffd75e"/>${block(120, 260, 300, '#c9775b')}${block(430, 220, 380, '#d9d2c5')}${block(700, 300, 260, '#8aa6b8')}<rect y="${H - 150}" width="${W}" height="150" fill="#7fb36a"/><path d="M0 ${H - 60} C300 ${H - 110} 700 ${H - 20} ${W} ${H - 80}" stroke="#e6dcc3" stroke-width="26" fill="none"/>${tree(80, H - 220, 50)}${tree(1080, H - 230, 60)}${tree(640, H - 190, 36)}`,
    alt: { fi: 'Piirroskuva: kerrostaloja, puita ja kävelytie aurinkoisena päivänä.', sv: 'Illustration: flervåningshus, träd och en gångväg en solig dag.' },
  },
  'Tule mukaan asukastyöpajaan': {
    svg: `${sky('#f3ead8', '#f9f4ea')}<rect x="140" y="70" width="920" height="300" rx="12" fill="#ffffff" stroke="#b9ad95" stroke-width="6"/><rect x="200" y="120" width="140" height="110" fill="#ffe16b"/><rect x="380" y="140" width="140" height="110" fill="#9fd8f0"/><rect x="560" y="115" width="140" height="110" fill="#f7a8b8"/><rect x="740" y="150" width="140" height="110" fill="#b7e39b"/>${person(260, 440, '#2f6fab')}${person(460, 450, '#c0504d')}${person(740, 445, '#7a5ea8')}${person(940, 440, '#3c8c5a')}<rect x="120" y="560" width="960" height="40" rx="8" fill="#8b6a43"/>`,
    alt: { fi: 'Piirroskuva: neljä asukasta taulun edessä, jossa on värikkäitä muistilappuja.', sv: 'Illustration: fyra invånare framför en tavla med färggranna lappar.' },
  },
  'Nuorten ideat kuuluviin': {
    svg: `${sky('#6fa8dc', '#cfe2f3')}<rect y="${H - 180}" width="${W}" height="180" fill="#9a9a9a"/><rect x="860" y="180" width="16" height="330" fill="#555"/><rect x="800" y="160" width="140" height="90" fill="#fff" stroke="#555" stroke-width="6"/><circle cx="840" cy="270" r="26" fill="none" stroke="#e0662c" stroke-width="6"/>${person(300, 400, '#e0662c')}${person(470, 410, '#2d8f85')}${person(620, 395, '#444a9c')}<circle cx="700" cy="330" r="30" fill="#e0662c"/>`,
    alt: { fi: 'Piirroskuva: kolme nuorta koripallokentällä.', sv: 'Illustration: tre unga på en basketplan.' },
  },
};

/** Attaches the illustrations to a News component's demo posts once: posts that already have an image are left as they are. */
export async function seedNewsImages(db: Db, store: FileStore, componentId: string): Promise<void> {
  const component = await db.component.findUniqueOrThrow({ where: { id: componentId }, select: { space: { select: { organizationId: true } } } });
  const posts = await db.newsPost.findMany({ where: { componentId }, select: { id: true, title: true } });
  for (const [titleStart, illustration] of Object.entries(ILLUSTRATIONS)) {
    const post = posts.find((p) => String((p.title as { fi?: unknown }).fi ?? '').startsWith(titleStart));
    if (!post || (await db.resourceImage.count({ where: { resourceType: 'news_post', resourceId: post.id } })) > 0) continue;
    const jpeg = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${illustration.svg}</svg>`)).jpeg({ quality: 85 }).toBuffer();
    const processed = await processImage(jpeg);
    if (!processed.ok) throw new Error(`demo image refused: ${processed.reason}`);
    const row = await db.resourceImage.create({
      data: {
        organizationId: component.space.organizationId,
        componentId,
        width: processed.width,
        height: processed.height,
        variants: [],
        alt: illustration.alt,
      },
      select: { id: true },
    });
    const variants = processed.variants.map((v) => ({ width: v.width, height: v.height, key: imageFileKey(row.id, v.width) }));
    for (const [i, v] of variants.entries()) await store.put(v.key, { bytes: processed.variants[i]!.bytes, contentType: 'image/webp' });
    // Attached only once its files exist, like an upload saved by a form.
    await db.resourceImage.update({ where: { id: row.id }, data: { variants, resourceType: 'news_post', resourceId: post.id } });
  }
}
