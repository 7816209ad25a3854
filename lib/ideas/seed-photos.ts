import type { Db } from '@/lib/db';
import type { FileStore } from '@/lib/storage/file-store';
import { attachSeedIllustration } from '@/lib/images/seed-illustration';
import { person, sky, svgDocument, tree } from '@/lib/images/seed-drawing';
import { IDEA_RESOURCE } from './resource';

const GROUND = 525;
const slope = `<path d="M0 ${GROUND} L0 300 C300 260 600 150 1200 120 L1200 ${GROUND} Z" fill="#7fb36a"/><rect y="${GROUND}" width="1200" height="150" fill="#6a9c57"/>`;
const stairs = Array.from({ length: 9 }, (_, i) => `<rect x="${360 + i * 70}" y="${420 - i * 30}" width="80" height="16" fill="#8b6a43"/>`).join('');

/** What residents photographed for two demo ideas (drawn: nothing can be downloaded where the demo is built). */
const PHOTOS: Record<string, { svg: string; alt: { fi: string; sv: string } }[]> = {
  'Kuntoportaat Puijonlaakson rinteeseen': [
    {
      svg: `${sky('#a9d3f0', '#e8f4fb')}${slope}${tree(180, 260, 46)}${tree(980, 110, 40)}${person(700, 200, '#c0504d')}`,
      alt: { fi: 'Jyrkkä nurmirinne, jonka poikki on kulunut polku.', sv: 'En brant gräsbacke med en upptrampad stig.' },
    },
    {
      svg: `${sky('#c9e2f5', '#f2f8fc')}${slope}${stairs}<rect x="350" y="300" width="8" height="130" fill="#555"/><rect x="1000" y="60" width="8" height="130" fill="#555"/>${tree(160, 270, 44)}`,
      alt: { fi: 'Luonnos: puiset portaat rinteessä ja kaiteet molemmissa päissä.', sv: 'Skiss: trätrappor i backen med räcken i båda ändar.' },
    },
  ],
  'Skeittiramppi nuorille': [
    {
      svg: `${sky('#6fa8dc', '#cfe2f3')}<rect y="${GROUND}" width="1200" height="150" fill="#9a9a9a"/><path d="M300 ${GROUND} Q450 ${GROUND} 450 380 L520 380 L520 ${GROUND} Z" fill="#b0b7bf"/><path d="M900 ${GROUND} Q750 ${GROUND} 750 380 L680 380 L680 ${GROUND} Z" fill="#b0b7bf"/>${person(600, 300, '#e0662c')}`,
      alt: { fi: 'Luonnos: kaksi betonista rampin kaarta, joiden välissä skeittaaja.', sv: 'Skiss: två ramper av betong med en skejtare emellan.' },
    },
  ],
};

/** Attaches the demo photos once: an idea that already has photos is left as it is. */
export async function seedDemoIdeaPhotos(db: Db, store: FileStore, componentId: string): Promise<void> {
  const component = await db.component.findUniqueOrThrow({ where: { id: componentId }, select: { space: { select: { organizationId: true } } } });
  const ideas = await db.idea.findMany({ where: { componentId, title: { in: Object.keys(PHOTOS) } }, select: { id: true, title: true } });
  for (const idea of ideas) {
    if ((await db.resourceImage.count({ where: { resourceType: IDEA_RESOURCE, resourceId: idea.id } })) > 0) continue;
    for (const photo of PHOTOS[idea.title] ?? []) {
      await attachSeedIllustration(db, store, {
        organizationId: component.space.organizationId,
        componentId,
        resource: { type: IDEA_RESOURCE, id: idea.id },
        svg: svgDocument(photo.svg),
        alt: photo.alt,
      });
    }
  }
}
