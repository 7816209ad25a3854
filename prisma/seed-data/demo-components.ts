import type { PrismaClient } from '../../generated/prisma/client';
import { pagesDefinition } from '../../lib/pages/definition';
import path from 'node:path';
import { newsDefinition } from '../../lib/news/definition';
import { debatesDefinition } from '../../lib/debates/definition';
import { ideasDefinition } from '../../lib/ideas/definition';
import { seedDemoThread } from './demo-comments';
import { seedNewsImages } from '../../lib/news/seed-images';
import { seedDemoIdeaPhotos } from '../../lib/ideas/seed-photos';
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

/**
 * The processes that get an Ideat (Ideas) component in the demo: both pilot neighbourhoods. Submitting, supporting
 * and commenting are switched on in the phase active at seeding time, so a newcomer can try everything today; the
 * demo ideas stand in every state, with answers, costs, in-person ideas and (in Neulamäki, which has an evaluator)
 * assignments, reviews and notes. Runs after the demo users exist.
 */
const DEMO_IDEA_SPACES = new Set(['lahioohjelma-2026-neulamaki', 'lahioohjelma-2026-petonen']);

export async function seedDemoIdeas(prisma: PrismaClient, spaceId: string, spaceSlug: string) {
  if (!DEMO_IDEA_SPACES.has(spaceSlug)) return;
  const existing = await prisma.component.findFirst({ where: { spaceId, kind: 'ideas' }, select: { id: true } });
  // A demo seeded before ideas had photos gets them.
  if (existing) return seedDemoIdeaPhotos(prisma, seedFileStore(prisma), existing.id);
  const active = await prisma.phase.findFirst({ where: { spaceId, isActive: true }, select: { id: true } });
  const component = await prisma.component.create({
    data: {
      spaceId,
      kind: 'ideas',
      name: { fi: 'Ideat', sv: 'Idéer', en: 'Ideas' },
      position: 3,
      isPublished: true,
      publishedAt: new Date(),
      settings: { ideasPerPerson: 5, photosPerIdea: 5, allowEditAfterPublish: true, allowWithdraw: true, supportsPerPerson: 0, showSupportCounts: true, ideasPerPage: 12, commentAlignment: false, preModeration: false, flagThreshold: 0 },
      actionSettings: { always: {}, phases: active ? { [active.id]: { create_idea: true, support: true, comment: true } } : {} },
    },
  });
  await ideasDefinition.seed!(prisma, component.id);
  await seedDemoIdeaPhotos(prisma, seedFileStore(prisma), component.id);
  await seedDemoIdeaThread(prisma, component.id);
}

/** A conversation under the oldest idea still open (the fitness stairs), with the evaluator's badged answer. */
async function seedDemoIdeaThread(prisma: PrismaClient, componentId: string) {
  const idea = await prisma.idea.findFirst({
    where: { componentId, state: 'ACCEPTED' },
    orderBy: { publishedAt: 'asc' },
    select: { id: true, component: { select: { spaceId: true, space: { select: { organizationId: true } } } } },
  });
  if (!idea) return;
  const organizationId = idea.component.space.organizationId;
  const emails = { liisa: 'liisa@kuopio.example', helmi: 'helmi@kuopio.example', olli: 'olli@kuopio.example', evaluator: 'evaluator@kuopio.example', coordinator: 'coordinator@kuopio.example' };
  const people = new Map<string, string>();
  for (const [key, email] of Object.entries(emails)) {
    const user = await prisma.user.findUnique({ where: { organizationId_email: { organizationId, email } }, select: { id: true } });
    if (user) people.set(key, user.id);
  }
  if (people.size === 0) return;
  await seedDemoThread(
    prisma,
    { organizationId, spaceId: idea.component.spaceId, componentId, resourceType: 'idea', resourceId: idea.id },
    people,
    [
      {
        by: 'helmi', body: 'Hyvä idea! Toivoisin portaisiin myös levähdystasanteen puolivälin kohdalle.', hoursAgo: 200, upvotedBy: ['liisa', 'olli'],
        replies: [{ by: 'evaluator', officialRole: 'EVALUATOR', body: 'Kiitos, levähdystasanne on mukana kustannusarviossa.', hoursAgo: 150 }],
      },
      { by: 'olli', body: 'Portaille olisi kiva saada valaistus, niin niitä voisi käyttää talvi-iltoinakin.', hoursAgo: 90, upvotedBy: ['helmi'] },
    ],
  );
}
