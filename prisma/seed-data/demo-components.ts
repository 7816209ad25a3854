import type { PrismaClient } from '../../generated/prisma/client';
import { pagesDefinition } from '../../lib/pages/definition';
import { newsDefinition } from '../../lib/news/definition';

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

/** The processes that get a Tiedotus (News) component in the demo, by space slug. */
const DEMO_NEWS_SPACES = new Set(['lahioohjelma-2026-neulamaki', 'lahioohjelma-2026-petonen']);

/**
 * Adds a published Tiedotus component with demo posts (published at different dates, one pinned, one scheduled,
 * one draft, one unpublished) to the neighbourhood programme processes, once: a space that already has a News
 * component is left as it is.
 */
export async function seedDemoNews(prisma: PrismaClient, spaceId: string, spaceSlug: string) {
  if (!DEMO_NEWS_SPACES.has(spaceSlug)) return;
  if ((await prisma.component.count({ where: { spaceId, kind: 'news' } })) > 0) return;
  const component = await prisma.component.create({
    data: {
      spaceId,
      kind: 'news',
      name: { fi: 'Tiedotus', sv: 'Meddelanden', en: 'News' },
      position: 1,
      isPublished: true,
      publishedAt: new Date(),
      settings: { postsPerPage: 10 },
    },
  });
  await newsDefinition.seed!(prisma, component.id);
}
