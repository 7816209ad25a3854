import type { Db } from '@/lib/db';
import type { FileStore } from '@/lib/storage/file-store';
import { attachSeedIllustration } from '@/lib/images/seed-illustration';
import { block, H, person, sky, svgDocument, tree, W } from '@/lib/images/seed-drawing';

/**
 * Images of the demo posts. Nothing can be downloaded where the demo is built, so each is an SVG illustration drawn
 * here and put through the same checks and re-encoding as an upload (processImage), then attached like a saved
 * form would attach it. Alt texts in Finnish and Swedish.
 */
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
    await attachSeedIllustration(db, store, {
      organizationId: component.space.organizationId,
      componentId,
      resource: { type: 'news_post', id: post.id },
      svg: svgDocument(illustration.svg),
      alt: illustration.alt,
    });
  }
}
