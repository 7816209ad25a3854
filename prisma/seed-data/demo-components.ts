import type { PrismaClient } from '../../generated/prisma/client';
import { pagesDefinition } from '../../lib/pages/definition';

/**
 * Adds the demo components of a process once: a published Pages component with its demo pages, written by the
 * kind's own seed. Definitions hold no React (ADR 022), so the seed script imports them as they are; the registry is
 * server-only, hence the kind's definition directly.
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
  await pagesDefinition.seed!(prisma, component.id);
}
