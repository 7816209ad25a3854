import type { PrismaClient } from '../../generated/prisma/client';

/** Adds the demo components of a process once (a published Pages component with two information pages). */
export async function seedDemoComponents(prisma: PrismaClient, spaceId: string) {
  if ((await prisma.component.count({ where: { spaceId } })) > 0) return;
  await prisma.component.create({
    data: {
      spaceId,
      kind: 'pages',
      name: { fi: 'Tietoa', sv: 'Information', en: 'Information' },
      position: 0,
      isPublished: true,
      publishedAt: new Date(),
    },
  });
}
