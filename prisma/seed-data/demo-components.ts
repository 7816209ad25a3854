import type { PrismaClient } from '../../generated/prisma/client';
import { pagesDefinition } from '../../lib/pages/definition';
import path from 'node:path';
import { newsDefinition } from '../../lib/news/definition';
import { debatesDefinition } from '../../lib/debates/definition';
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

/**
 * The processes that get a Keskustelu (Debates) component in the demo, by space slug, with their settings: residents
 * may start debates in both; Petonen's component pre-moderates them (and comments), so its demo has a resident's
 * debate waiting for approval.
 */
const DEMO_DEBATE_SPACES: Record<string, { preModeration: boolean; commentAlignment: boolean }> = {
  'lahioohjelma-2026-neulamaki': { preModeration: false, commentAlignment: true },
  'lahioohjelma-2026-petonen': { preModeration: true, commentAlignment: false },
};

/**
 * Adds a published Keskustelu component with demo debates (ADR 030) to the neighbourhood programme processes, once.
 * Commenting and starting debates are switched on in the phase active at seeding time. Runs after the demo users
 * exist, so that the debates have their authors (the space's coordinator, a resident of the area).
 */
export async function seedDemoDebates(prisma: PrismaClient, spaceId: string, spaceSlug: string) {
  const demo = DEMO_DEBATE_SPACES[spaceSlug];
  if (!demo) return;
  if (await prisma.component.findFirst({ where: { spaceId, kind: 'debates' }, select: { id: true } })) return;
  const active = await prisma.phase.findFirst({ where: { spaceId, isActive: true }, select: { id: true } });
  const component = await prisma.component.create({
    data: {
      spaceId,
      kind: 'debates',
      name: { fi: 'Keskustelu', sv: 'Diskussion', en: 'Discussion' },
      position: 2,
      isPublished: true,
      publishedAt: new Date(),
      settings: { allowResidentDebates: true, debatesPerPage: 10, commentAlignment: demo.commentAlignment, preModeration: demo.preModeration, flagThreshold: 0 },
      actionSettings: { always: {}, phases: active ? { [active.id]: { comment: true, create_debate: true } } : {} },
    },
  });
  await debatesDefinition.seed!(prisma, component.id);
}
