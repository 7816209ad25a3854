/**
 * Idempotent seed of the Kuopio demo: the organization, its areas, the Lähiöohjelma 2026 processes, the assemblies
 * and — outside production, or with SEED_DEMO_USERS=true — demo users for every role (README, "Demo users").
 * Run with `npm run db:seed`; running it again changes nothing that already exists. With NODE_ENV=production it
 * refuses unless SEED_DEMO=true: a real installation uses `npm run org:create` (scripts/create-organization.ts).
 */
import 'dotenv/config';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import type { OrganizationRoleKind, SpaceRoleKind } from '../generated/prisma/enums';
import { hashPassword } from '../lib/auth/password';
import { approximatePolygon, kuopioAreas } from './seed-data/kuopio-areas';
import { kuopioAssemblies, kuopioProcesses } from './seed-data/kuopio-spaces';
import { seedDemoComponents, seedDemoDebates, seedDemoIdeas, seedDemoNews } from './seed-data/demo-components';
import { seedDemoFollows } from './seed-data/demo-follows';
import { seedDemoComments } from './seed-data/demo-comments';

export const DEMO_PASSWORD = 'Kuopio-demo-2026';

type DemoUser = {
  email: string;
  displayName: string;
  orgRoles?: OrganizationRoleKind[];
  spaceRoles?: { spaceSlug: string; role: SpaceRoleKind }[];
  memberOf?: { spaceSlug: string; position: 'CHAIR' | 'MEMBER' }[];
  homeArea?: string;
  birthYear?: number;
};

const demoUsers: DemoUser[] = [
  { email: 'admin@kuopio.example', displayName: 'Aino Ylläpitäjä', orgRoles: ['ADMIN'] },
  { email: 'spaceadmin@kuopio.example', displayName: 'Sami Tilavastaava', spaceRoles: [{ spaceSlug: 'lahioohjelma-2026-neulamaki', role: 'ADMIN' }] },
  { email: 'coordinator@kuopio.example', displayName: 'Kaisa Koordinaattori', spaceRoles: [{ spaceSlug: 'lahioohjelma-2026-neulamaki', role: 'COORDINATOR' }] },
  { email: 'coordinator.petonen@kuopio.example', displayName: 'Pekka Petosen koordinaattori', spaceRoles: [{ spaceSlug: 'lahioohjelma-2026-petonen', role: 'COORDINATOR' }] },
  { email: 'evaluator@kuopio.example', displayName: 'Eeva Arvioija', spaceRoles: [{ spaceSlug: 'lahioohjelma-2026-neulamaki', role: 'EVALUATOR' }] },
  { email: 'moderator@kuopio.example', displayName: 'Matti Moderaattori', spaceRoles: [{ spaceSlug: 'lahioohjelma-2026-neulamaki', role: 'MODERATOR' }] },
  { email: 'staff@kuopio.example', displayName: 'Sari Asiointipiste', orgRoles: ['STAFF'] },
  { email: 'resident@kuopio.example', displayName: 'Riikka Asukas', homeArea: 'neulamaki', birthYear: 1988 },
  { email: 'youth@kuopio.example', displayName: 'Nuutti Nuori', homeArea: 'petonen', birthYear: 2009, memberOf: [{ spaceSlug: 'nuorisovaltuusto', position: 'MEMBER' }] },
];

export async function seed(prisma: PrismaClient, { demoUsers: withDemoUsers }: { demoUsers: boolean }) {
  const org = await prisma.organization.upsert({
    where: { slug: 'kuopio' },
    update: {},
    create: {
      slug: 'kuopio',
      name: { fi: 'Kuopion kaupunki', sv: 'Kuopio stad', en: 'City of Kuopio' },
      contactEmail: 'osallisuus@kuopio.example',
      accessibilityContactEmail: 'saavutettavuus@kuopio.example',
      accessibilityStatementDate: new Date('2026-11-23'),
    },
  });

  const areaIds = new Map<string, string>();
  for (const a of kuopioAreas) {
    const area = await prisma.area.upsert({
      where: { organizationId_slug: { organizationId: org.id, slug: a.slug } },
      update: {},
      create: {
        organizationId: org.id,
        slug: a.slug,
        kind: a.kind,
        name: a.name,
        description: a.description,
        boundary: approximatePolygon(a.centre, a.halfSize),
        isBoundaryApproximate: true,
      },
    });
    areaIds.set(a.slug, area.id);
  }

  const spaceIds = new Map<string, string>();
  for (const p of kuopioProcesses) {
    const space = await prisma.space.upsert({
      where: { organizationId_slug: { organizationId: org.id, slug: p.slug } },
      update: {},
      create: {
        organizationId: org.id,
        kind: 'PROCESS',
        slug: p.slug,
        title: p.title,
        subtitle: p.subtitle,
        description: p.description,
        startDate: new Date(p.phases[0]!.start),
        endDate: new Date(p.phases[p.phases.length - 1]!.end),
        isPublished: true,
        publishedAt: new Date('2026-01-12'),
        areas: { create: [{ areaId: areaIds.get(p.areaSlug)! }] },
      },
    });
    spaceIds.set(p.slug, space.id);
    if ((await prisma.phase.count({ where: { spaceId: space.id } })) === 0) {
      const today = new Date();
      await prisma.phase.createMany({
        data: p.phases.map((ph, i) => ({
          spaceId: space.id,
          position: i,
          title: ph.title,
          description: ph.description,
          startDate: new Date(ph.start),
          endDate: new Date(ph.end),
          // The phase whose dates contain the seeding day is the active one.
          isActive: new Date(ph.start) <= today && today <= new Date(ph.end + 'T23:59:59Z'),
        })),
      });
    }
    await seedDemoComponents(prisma, space.id);
    await seedDemoNews(prisma, space.id, p.slug);
  }

  for (const a of kuopioAssemblies) {
    const space = await prisma.space.upsert({
      where: { organizationId_slug: { organizationId: org.id, slug: a.slug } },
      update: {},
      create: {
        organizationId: org.id,
        kind: 'ASSEMBLY',
        assemblyType: a.type,
        slug: a.slug,
        title: a.title,
        description: a.description,
        isPublished: true,
        publishedAt: new Date('2026-01-12'),
        areas: { create: a.areaSlugs.map((s) => ({ areaId: areaIds.get(s)! })) },
      },
    });
    spaceIds.set(a.slug, space.id);
  }

  if (withDemoUsers) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of demoUsers) {
      const user = await prisma.user.upsert({
        where: { organizationId_email: { organizationId: org.id, email: u.email } },
        update: {},
        create: {
          organizationId: org.id,
          email: u.email,
          passwordHash,
          displayName: u.displayName,
          emailVerifiedAt: new Date(),
          homeAreaId: u.homeArea ? areaIds.get(u.homeArea) : undefined,
          birthYear: u.birthYear,
        },
      });
      for (const role of u.orgRoles ?? []) {
        await prisma.organizationRole.upsert({
          where: { userId_role: { userId: user.id, role } },
          update: {},
          create: { userId: user.id, role },
        });
      }
      for (const r of u.spaceRoles ?? []) {
        const spaceId = spaceIds.get(r.spaceSlug)!;
        await prisma.spaceRole.upsert({
          where: { spaceId_userId_role: { spaceId, userId: user.id, role: r.role } },
          update: {},
          create: { spaceId, userId: user.id, role: r.role },
        });
      }
      for (const m of u.memberOf ?? []) {
        const spaceId = spaceIds.get(m.spaceSlug)!;
        await prisma.spaceMember.upsert({
          where: { spaceId_userId: { spaceId, userId: user.id } },
          update: {},
          create: { spaceId, userId: user.id, fullName: u.displayName, position: m.position },
        });
      }
    }
    await seedDemoServiceAreas(prisma, org.id);
    await seedDemoFollows(prisma, org.id);
    await seedDemoComments(prisma, org.id, passwordHash);
  }
  // Debates have authors (the coordinators and residents above, when they exist), so they come last.
  for (const p of kuopioProcesses) await seedDemoDebates(prisma, spaceIds.get(p.slug)!, p.slug);
  // Ideas have authors, supporters and evaluators among the demo users too.
  for (const p of kuopioProcesses) await seedDemoIdeas(prisma, spaceIds.get(p.slug)!, p.slug);
  return { organizationId: org.id };
}

/** Kuopio's service areas (palvelualueet), and the demo evaluator's: ideas' evaluators are grouped by them. */
async function seedDemoServiceAreas(prisma: PrismaClient, organizationId: string) {
  if ((await prisma.serviceArea.count({ where: { organizationId } })) > 0) return;
  const names = [
    { fi: 'Kaupunkiympäristön palvelualue', sv: 'Serviceområdet för stadsmiljö', en: 'City environment' },
    { fi: 'Sivistyksen palvelualue', sv: 'Serviceområdet för bildning', en: 'Education and culture' },
    { fi: 'Hyvinvoinnin palvelualue', sv: 'Serviceområdet för välfärd', en: 'Wellbeing' },
  ];
  const areas = [];
  for (const [position, name] of names.entries()) areas.push(await prisma.serviceArea.create({ data: { organizationId, name, position } }));
  await prisma.user.updateMany({ where: { organizationId, email: 'evaluator@kuopio.example' }, data: { serviceAreaId: areas[0]!.id } });
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  // The seed is the Kuopio demo. A real installation starts from its own organization and first admin instead.
  if (process.env.NODE_ENV === 'production' && process.env.SEED_DEMO !== 'true') {
    console.error(
      '\n[seed] Not seeding: NODE_ENV=production, and the seed is the Kuopio demo.\n' +
        '  Create your organization and its first admin instead:\n' +
        '    npm run org:create -- --slug mikkeli --name "Mikkelin kaupunki" --admin-email anna@mikkeli.fi --admin-name "Anna Ylläpitäjä"\n' +
        '  (README.md, "Production deployment"). For a public demo installation set SEED_DEMO=true.\n',
    );
    process.exit(1);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2, allowExitOnIdle: true }) });
  const demoUsers = process.env.NODE_ENV !== 'production' || process.env.SEED_DEMO_USERS === 'true';
  const started = Date.now();
  try {
    await seed(prisma, { demoUsers });
    console.log(`Seed done in ${Date.now() - started} ms${demoUsers ? ' (with demo users)' : ''}.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
