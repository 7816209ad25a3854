/**
 * Helpers shared by the spaces integration tests (imported only by *.integration.test.ts). They read the seeded
 * demo users and create uniquely named data, because all integration test files share one database.
 */
import { parseInput } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { decodeMessage } from '@/lib/core/validation-message';
import { db } from '@/lib/db';
import { spaceInputSchema, spaceUpdateSchema, type SpaceInput } from './schema';

/** The schema as an installation without IMAGE_HOSTS has it (only the app's own /images/ paths). */
export const SpaceInputSchema = spaceInputSchema([]);
export const SpaceUpdateSchema = spaceUpdateSchema([]);

export const suffix = () => Math.random().toString(36).slice(2, 8);

export { actorForEmail as actorFor } from '@/tests/factories/actors';
import { actorForEmail as actorFor } from '@/tests/factories/actors';

/** A second municipality with its own admin and area, to prove that nothing crosses organizations. */
export async function createOtherOrganization() {
  const s = suffix();
  const org = await db.organization.create({ data: { slug: `testikunta-${s}`, name: { fi: `Testikunta ${s}` } } });
  const admin = await db.user.create({
    data: {
      organizationId: org.id,
      email: `admin-${s}@testikunta.example`,
      passwordHash: 'not-used-in-tests',
      displayName: 'Toisen kunnan ylläpitäjä',
      emailVerifiedAt: new Date(),
      orgRoles: { create: { role: 'ADMIN' } },
    },
  });
  const area = await db.area.create({
    data: { organizationId: org.id, slug: `alue-${s}`, kind: 'NEIGHBOURHOOD', name: { fi: 'Toisen kunnan alue' } },
  });
  return { org, admin: await actorFor(admin.email), area };
}

/** Form-shaped input for a process, parsed with the shared schema exactly as the server action does. */
export function processInput(overrides: Record<string, unknown> = {}): SpaceInput {
  return parseInput(SpaceInputSchema, rawProcessInput(overrides));
}

export function rawProcessInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'PROCESS',
    slug: `testiprosessi-${suffix()}`,
    title: { fi: 'Testiprosessi', sv: 'Testprocess', en: '' },
    subtitle: { fi: '', sv: '', en: '' },
    description: { fi: 'Kuvaus **Markdownina**.', sv: '', en: '' },
    heroImageUrl: '',
    heroImageAlt: { fi: '', sv: '', en: '' },
    assemblyType: '',
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    areaIds: [],
    isPrivate: false,
    ...overrides,
  };
}

/** The AppError a function rejects with, with its field errors decoded to message keys. */
export async function failure(run: () => unknown): Promise<{ code: string; fields: Record<string, string[]> }> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const fields = Object.fromEntries(
      Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => [field, messages.map((m) => decodeMessage(m).key)]),
    );
    return { code: error.code, fields };
  }
  throw new Error('expected the call to fail');
}

/** Everything about a space that an admin action could change, to compare before and after a refused call. */
export async function spaceState(spaceId: string) {
  const space = await db.space.findUnique({
    where: { id: spaceId },
    select: {
      slug: true,
      title: true,
      description: true,
      isPublished: true,
      publishedAt: true,
      isPrivate: true,
      updatedAt: true,
      areas: { select: { areaId: true }, orderBy: { areaId: 'asc' } },
      phases: { select: { id: true, position: true, isActive: true, title: true, updatedAt: true }, orderBy: { id: 'asc' } },
      roles: { select: { id: true, userId: true, role: true }, orderBy: { id: 'asc' } },
      members: { select: { id: true, fullName: true, userId: true, updatedAt: true }, orderBy: { id: 'asc' } },
    },
  });
  const auditCount = await db.auditLog.count({ where: { spaceId } });
  return { space, auditCount };
}
