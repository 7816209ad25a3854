import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { AppError, isUniqueViolation } from '@/lib/core/errors';
import { encodeMessage } from '@/lib/core/validation-message';
import { db, type Tx } from '@/lib/db';
import { boundarySummary, geoJsonErrorMessage, parseStoredBoundary, validateGeoJson, type AreaGeometry } from './geojson';
import { canManageAreas } from './permissions';
import type { AreaInput } from './schema';

/**
 * Creating, editing and deleting areas. The server action has authorized the actor; these functions check it again
 * (they are the last line before the database), scope every read and write by the actor's organization, run in one
 * transaction with an audit record, and turn constraint violations into field errors instead of 500s.
 */

function invalid(field: string, key: string): AppError {
  return new AppError('INVALID_INPUT', `${field}: ${key}`, { [field]: [encodeMessage(key)] });
}

function assertCanManage(actor: Actor) {
  if (!canManageAreas(actor)) throw new AppError('FORBIDDEN');
}

/** The boundary to store, validated once more: the schema did it, but this function must not trust its caller. */
function boundaryGeometry(text: string | null): AreaGeometry | null {
  if (!text) return null;
  const result = validateGeoJson(text);
  if (!result.ok) throw new AppError('INVALID_INPUT', 'boundary', { boundary: result.errors.map(geoJsonErrorMessage) });
  return result.geometry;
}

type LocalizedInput = { fi?: string; sv?: string; en?: string } | undefined;

/** Drops empty languages, so stored JSON holds only the languages that were written. */
function compactText(text: LocalizedInput): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const [locale, value] of Object.entries(text ?? {})) if (value) out[locale] = value;
  return Object.keys(out).length > 0 ? out : null;
}

function areaData(data: AreaInput, geometry: AreaGeometry | null) {
  const description = compactText(data.description);
  return {
    slug: data.slug,
    kind: data.kind,
    name: compactText(data.name) ?? { fi: data.name.fi },
    description: description ?? Prisma.DbNull,
    parentId: data.parentId,
    boundary: geometry ?? Prisma.DbNull,
    isBoundaryApproximate: geometry ? data.isBoundaryApproximate : false,
    population: data.population,
  };
}

const auditSelect = {
  id: true,
  slug: true,
  kind: true,
  name: true,
  description: true,
  parentId: true,
  population: true,
  isBoundaryApproximate: true,
  boundary: true,
} satisfies Prisma.AreaSelect;

/** What the audit log keeps of an area: everything but the coordinates, which are summarized. */
function auditView(area: Prisma.AreaGetPayload<{ select: typeof auditSelect }>) {
  const { boundary, ...rest } = area;
  return { ...rest, boundary: boundarySummary(parseStoredBoundary(boundary)) };
}

/**
 * The organization's area tree (id → parentId), locked for this transaction so that two concurrent edits cannot
 * together create a cycle that neither would create alone, and a chosen parent cannot vanish before the write.
 * NO KEY UPDATE serializes tree edits with each other but, unlike FOR UPDATE, does not block other features'
 * inserts that merely reference an area (their foreign-key checks take KEY SHARE locks).
 */
async function lockAreaTree(tx: Tx, organizationId: string): Promise<Map<string, string | null>> {
  const rows = await tx.$queryRaw<{ id: string; parentId: string | null }[]>`
    SELECT "id", "parentId" FROM "Area" WHERE "organizationId" = ${organizationId} ORDER BY "id" FOR NO KEY UPDATE`;
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

/** Whether making `parentId` the parent of `areaId` would make the area its own ancestor. */
function wouldCreateCycle(tree: ReadonlyMap<string, string | null>, areaId: string, parentId: string): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = parentId; current; current = tree.get(current)) {
    if (current === areaId || seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}

async function assertParent(tx: Tx, organizationId: string, areaId: string | null, parentId: string | null) {
  if (!parentId) return;
  if (areaId && parentId === areaId) throw invalid('parentId', 'parentCycle');
  const tree = await lockAreaTree(tx, organizationId);
  if (!tree.has(parentId)) throw invalid('parentId', 'invalidChoice');
  if (areaId && wouldCreateCycle(tree, areaId, parentId)) throw invalid('parentId', 'parentCycle');
}

/** Runs a write and reports a taken slug (also when another admin took it a moment ago) on the slug field. */
async function withSlugCheck<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw invalid('slug', 'slugTaken');
    throw error;
  }
}

export async function createArea(actor: Actor, data: AreaInput): Promise<{ id: string; slug: string }> {
  assertCanManage(actor);
  const geometry = boundaryGeometry(data.boundary);
  return withSlugCheck(() =>
    db.$transaction(async (tx) => {
      await assertParent(tx, actor.organizationId, null, data.parentId);
      const area = await tx.area.create({
        data: { organizationId: actor.organizationId, ...areaData(data, geometry) },
        select: auditSelect,
      });
      await writeAudit(tx, actor, { action: 'area.create', targetType: 'Area', targetId: area.id, after: auditView(area) });
      return { id: area.id, slug: area.slug };
    }),
  );
}

export async function updateArea(actor: Actor, areaId: string, data: AreaInput): Promise<{ id: string; slug: string }> {
  assertCanManage(actor);
  const geometry = boundaryGeometry(data.boundary);
  return withSlugCheck(() =>
    db.$transaction(async (tx) => {
      const before = await tx.area.findFirst({ where: { id: areaId, organizationId: actor.organizationId }, select: auditSelect });
      if (!before) throw new AppError('NOT_FOUND');
      await assertParent(tx, actor.organizationId, areaId, data.parentId);
      const after = await tx.area.update({ where: { id: areaId }, data: areaData(data, geometry), select: auditSelect });
      await writeAudit(tx, actor, {
        action: 'area.update',
        targetType: 'Area',
        targetId: areaId,
        before: auditView(before),
        after: auditView(after),
      });
      return { id: after.id, slug: after.slug };
    }),
  );
}

/**
 * Deletes an area. Its links to spaces go with it (cascade), sub-areas and residents' home area are cleared (set
 * null): the spaces themselves and the sub-areas stay.
 */
export async function deleteArea(actor: Actor, areaId: string): Promise<{ slug: string }> {
  assertCanManage(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.area.findFirst({ where: { id: areaId, organizationId: actor.organizationId }, select: auditSelect });
    if (!before) throw new AppError('NOT_FOUND');
    await tx.area.delete({ where: { id: areaId } });
    await writeAudit(tx, actor, { action: 'area.delete', targetType: 'Area', targetId: areaId, before: auditView(before) });
    return { slug: before.slug };
  });
}
