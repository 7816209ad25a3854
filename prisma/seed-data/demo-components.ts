import type { PrismaClient } from '../../generated/prisma/client';
import { seedPages } from '../../lib/pages/seed';

/**
 * Adds the demo components of a process once: a published Pages component with its demo pages. The kind's seed
 * function is imported directly (not through the manifest, which pulls in React views).
 */
export async function seedDemoComponents(prisma: PrismaClient, spaceId: string) {
  if ((await prisma.component.count({ where: { spaceId } })) > 0) return;
  const component = await prisma.component.create({
    data: {
      spaceId,
      kind: 'pages',
      name: { fi: 'Tietoa', sv: 'Information', en: 'Information' },
      position: 0,
      isPublished: true,
      publishedAt: new Date(),
      settings: { showTableOfContents: true, announcement: {} },
    },
  });
  await seedPages(prisma, component.id);
}
