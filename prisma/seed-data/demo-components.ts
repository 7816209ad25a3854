import type { PrismaClient } from '../../generated/prisma/client';
import { pagesDefinition } from '../../lib/pages/definition';
import path from 'node:path';
import { newsDefinition } from '../../lib/news/definition';
import { seedNewsImages } from '../../lib/news/seed-images';
import { databaseFileStore } from '../../lib/storage/database-store';
import { diskFileStore } from '../../lib/storage/disk-store';
import type { FileStore } from '../../lib/storage/file-store';

/** The store the app will read (lib/storage/configured-store.ts is server-only, so the same choice is made here). */
function seedFileStore(prisma: PrismaClient): FileStore {
  return process.env.FILE_STORAGE === 'database'
    ? databaseFileStore(prisma)
    : diskFileStore(path.resolve(process.env.FILE_STORAGE_DIR || path.join(process.cwd(), '.data', 'uploads')));
}

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
 * one draft, one unpublished, three with illustrations) to the neighbourhood programme processes, once: a space that
 * already has a News component only gets the illustrations its posts lack.
 */
export async function seedDemoNews(prisma: PrismaClient, spaceId: string, spaceSlug: string) {
  if (!DEMO_NEWS_SPACES.has(spaceSlug)) return;
  const existing = await prisma.component.findFirst({ where: { spaceId, kind: 'news' }, select: { id: true } });
  // A demo seeded before posts had images gets its illustrations.
  if (existing) return seedNewsImages(prisma, seedFileStore(prisma), existing.id);
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
  await seedNewsImages(prisma, seedFileStore(prisma), component.id);
}
