/**
 * Areas against the real database: the domain mutations and queries with actors built from seeded users.
 * Every test creates areas with a random suffix; the shared database is never cleaned between files.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/core/errors';
import { parseInput } from '@/lib/core/action-result';
import { decodeMessage } from '@/lib/core/validation-message';
import { AreaInputSchema, type AreaInput } from './schema';
import { createArea, deleteArea, updateArea } from './mutations';
import { findAreas, findAreasForAdmin, getAreaBySlug, getAreaForAdmin } from './queries';
import { canManageAreas } from './permissions';
import { actorForEmail as actorFor } from '@/tests/factories/actors';

const suffix = () => Math.random().toString(36).slice(2, 8);

const ring = [
  [27.62, 62.87],
  [27.63, 62.87],
  [27.63, 62.88],
  [27.62, 62.88],
  [27.62, 62.87],
];
const featureCollection = (...geometries: unknown[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({ type: 'Feature', properties: { name: `Osa ${i + 1}` }, geometry })),
  });
const validBoundary = featureCollection({ type: 'Polygon', coordinates: [ring] });

/** Form-shaped input, parsed with the shared schema exactly as the server action does. */
function input(overrides: Record<string, unknown> = {}): AreaInput {
  return parseInput(AreaInputSchema, {
    slug: `testialue-${suffix()}`,
    kind: 'NEIGHBOURHOOD',
    name: { fi: 'Testialue', sv: 'Testområde', en: '' },
    description: { fi: 'Kuvaus', sv: '', en: '' },
    parentId: '',
    boundary: validBoundary,
    isBoundaryApproximate: true,
    population: '1200',
    ...overrides,
  });
}

/** The AppError a promise or function rejects with, with its field errors decoded to message keys. */
async function failure(run: () => unknown): Promise<{ code: string; fields: Record<string, string[]> }> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const fields = Object.fromEntries(
      Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => [field, messages.map((m) => decodeMessage(m).key)]),
    );
    return { code: error.code, fields };
  }
  throw new Error('expected an AppError');
}

async function auditFor(targetId: string, action: string) {
  return db.auditLog.findMany({ where: { targetId, action }, select: { actorId: true, before: true, after: true } });
}

describe('createArea', () => {
  it('stores a valid area with its normalized boundary and writes an audit record', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const data = input();
    const { id, slug } = await createArea(admin, data);

    const row = await db.area.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      organizationId: admin.organizationId,
      slug,
      kind: 'NEIGHBOURHOOD',
      name: { fi: 'Testialue', sv: 'Testområde' },
      description: { fi: 'Kuvaus' },
      parentId: null,
      isBoundaryApproximate: true,
      population: 1200,
    });
    // A FeatureCollection with one polygon is stored as that Polygon.
    expect(row.boundary).toEqual({ type: 'Polygon', coordinates: [ring] });

    const audit = await auditFor(id, 'area.create');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(admin.userId);
    expect(audit[0]?.after).toMatchObject({ slug, boundary: { type: 'Polygon', points: 5 } });
  });

  it('rejects invalid GeoJSON with per-feature errors on the boundary field and stores nothing', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const slug = `rikki-${suffix()}`;
    const boundary = featureCollection(
      { type: 'Polygon', coordinates: [ring] },
      { type: 'Polygon', coordinates: [ring.slice(0, 4)] },
      { type: 'LineString', coordinates: ring },
    );
    const before = await db.auditLog.count({ where: { action: 'area.create' } });

    const result = await failure(() => createArea(admin, input({ slug, boundary })));
    expect(result.code).toBe('INVALID_INPUT');
    expect(result.fields.boundary).toEqual(['geojsonFeature', 'geojsonFeature']);

    // The same happens when the schema catches it first, as in the server action.
    const parsed = await failure(() => input({ slug, boundary }));
    expect(parsed.fields.boundary).toEqual(['geojsonFeature', 'geojsonFeature']);

    // And invalid JSON.
    expect((await failure(() => createArea(admin, { ...input({ slug }), boundary: '{"type":' }))).fields.boundary).toEqual(['invalidJson']);

    expect(await db.area.count({ where: { slug } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'area.create' } })).toBe(before);
  });

  it('reports a slug that is already in use as slugTaken and stores nothing', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const count = await db.area.count();
    const result = await failure(() => createArea(admin, input({ slug: 'neulamaki' })));
    expect(result).toEqual({ code: 'INVALID_INPUT', fields: { slug: ['slugTaken'] } });
    expect(await db.area.count()).toBe(count);
  });

  it('turns a race for the same slug into slugTaken for the loser', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const slug = `kilpa-${suffix()}`;
    const results = await Promise.allSettled([createArea(admin, input({ slug })), createArea(admin, input({ slug }))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(AppError);
    expect((rejected?.reason as AppError).fieldErrors).toEqual({ slug: ['slugTaken'] });
    expect(await db.area.count({ where: { slug } })).toBe(1);
  });

  it('rejects overlong texts with tooLong before anything is stored', async () => {
    const slug = `pitka-${suffix()}`;
    const result = await failure(() => input({ slug, name: { fi: 'x'.repeat(121) }, description: { fi: 'y'.repeat(2001) } }));
    expect(result).toEqual({ code: 'INVALID_INPUT', fields: { 'name.fi': ['tooLong'], 'description.fi': ['tooLong'] } });
    expect(await db.area.count({ where: { slug } })).toBe(0);
  });

  it('rejects a parent that is not an area of the organization', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const result = await failure(() => createArea(admin, input({ parentId: 'no-such-area' })));
    expect(result).toEqual({ code: 'INVALID_INPUT', fields: { parentId: ['invalidChoice'] } });
  });

  it('refuses everyone but organization admins', async () => {
    for (const email of ['resident@kuopio.example', 'staff@kuopio.example', 'coordinator@kuopio.example', 'spaceadmin@kuopio.example']) {
      const actor = await actorFor(email);
      // The server action asks this function before calling the mutation…
      expect(canManageAreas(actor), email).toBe(false);
      // …and the mutation refuses on its own as well.
      const slug = `kielletty-${suffix()}`;
      expect((await failure(() => createArea(actor, input({ slug })))).code).toBe('FORBIDDEN');
      expect(await db.area.count({ where: { slug } })).toBe(0);
    }
    expect(canManageAreas(await actorFor('admin@kuopio.example'))).toBe(true);
  });
});

describe('updateArea and deleteArea', () => {
  it('updates an area, merges a MultiPolygon boundary and audits before and after', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const { id, slug } = await createArea(admin, input());
    const shifted = ring.map(([lon, lat]) => [lon! + 0.05, lat!]);
    const boundary = featureCollection({ type: 'Polygon', coordinates: [ring] }, { type: 'Polygon', coordinates: [shifted] });
    await updateArea(admin, id, input({ slug, name: { fi: 'Muutettu' }, boundary, population: '' }));

    const row = await db.area.findUniqueOrThrow({ where: { id } });
    expect(row.name).toEqual({ fi: 'Muutettu' });
    expect(row.population).toBeNull();
    expect(row.boundary).toEqual({ type: 'MultiPolygon', coordinates: [[ring], [shifted]] });
    const [audit] = await auditFor(id, 'area.update');
    expect(audit?.before).toMatchObject({ name: { fi: 'Testialue' }, population: 1200 });
    expect(audit?.after).toMatchObject({ name: { fi: 'Muutettu' }, population: null, boundary: { type: 'MultiPolygon' } });
  });

  it('clears the boundary and its approximate flag when the boundary is emptied', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const { id, slug } = await createArea(admin, input());
    await updateArea(admin, id, input({ slug, boundary: '' }));
    const row = await db.area.findUniqueOrThrow({ where: { id } });
    expect(row.boundary).toBeNull();
    expect(row.isBoundaryApproximate).toBe(false);
  });

  it('rejects a parent that would make a cycle', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const top = await createArea(admin, input({ kind: 'DISTRICT' }));
    const middle = await createArea(admin, input({ parentId: top.id }));
    const bottom = await createArea(admin, input({ parentId: middle.id }));

    expect(await failure(() => updateArea(admin, top.id, input({ slug: top.slug, parentId: bottom.id })))).toEqual({
      code: 'INVALID_INPUT',
      fields: { parentId: ['parentCycle'] },
    });
    expect(await failure(() => updateArea(admin, top.id, input({ slug: top.slug, parentId: top.id })))).toEqual({
      code: 'INVALID_INPUT',
      fields: { parentId: ['parentCycle'] },
    });
    expect((await db.area.findUniqueOrThrow({ where: { id: top.id } })).parentId).toBeNull();

    // Moving a branch elsewhere in the tree is fine.
    await updateArea(admin, bottom.id, input({ slug: bottom.slug, parentId: top.id }));
    expect((await db.area.findUniqueOrThrow({ where: { id: bottom.id } })).parentId).toBe(top.id);
  });

  it('reports a slug taken by another area on update', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const { id } = await createArea(admin, input());
    expect(await failure(() => updateArea(admin, id, input({ slug: 'petonen' })))).toEqual({
      code: 'INVALID_INPUT',
      fields: { slug: ['slugTaken'] },
    });
  });

  it('does not find areas outside the organization or that do not exist', async () => {
    const admin = await actorFor('admin@kuopio.example');
    expect((await failure(() => updateArea(admin, 'missing', input()))).code).toBe('NOT_FOUND');
    expect((await failure(() => deleteArea(admin, 'missing'))).code).toBe('NOT_FOUND');
    const otherOrg = { ...admin, organizationId: 'another-organization' };
    const { id } = await createArea(admin, input());
    expect((await failure(() => deleteArea(otherOrg, id))).code).toBe('NOT_FOUND');
    expect(await getAreaForAdmin('another-organization', id)).toBeNull();
  });

  it('deletes an area: sub-areas stay without a parent, space links go, the audit keeps the area', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const parent = await createArea(admin, input());
    const child = await createArea(admin, input({ parentId: parent.id }));
    const space = await db.space.findFirstOrThrow({ where: { slug: 'lahioohjelma-2026-neulamaki' }, select: { id: true } });
    await db.spaceArea.create({ data: { spaceId: space.id, areaId: parent.id } });

    await deleteArea(admin, parent.id);

    expect(await db.area.findUnique({ where: { id: parent.id } })).toBeNull();
    expect((await db.area.findUniqueOrThrow({ where: { id: child.id } })).parentId).toBeNull();
    expect(await db.spaceArea.count({ where: { areaId: parent.id } })).toBe(0);
    expect(await db.space.count({ where: { id: space.id } })).toBe(1);
    const [audit] = await auditFor(parent.id, 'area.delete');
    expect(audit?.before).toMatchObject({ slug: parent.slug });
  });
});

describe('area queries', () => {
  it('lists the seeded areas with parent and public space counts, and filters by kind', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const all = await findAreas(admin.organizationId);
    expect(all.map((a) => a.slug)).toEqual(expect.arrayContaining(['neulamaki', 'petonen', 'maaninka']));
    const neulamaki = all.find((a) => a.slug === 'neulamaki');
    expect(neulamaki?.boundary?.type).toBe('Polygon');
    expect(neulamaki?.publicSpaceCount).toBeGreaterThanOrEqual(1);

    const rural = await findAreas(admin.organizationId, { kind: 'RURAL_AREA' });
    expect(rural.length).toBeGreaterThanOrEqual(8);
    expect(rural.every((a) => a.kind === 'RURAL_AREA')).toBe(true);

    const adminRows = await findAreasForAdmin(admin.organizationId);
    expect(adminRows.find((a) => a.slug === 'neulamaki')).toMatchObject({ hasBoundary: true });
  });

  it('shows on the area page only the published spaces the visitor may see', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const resident = await actorFor('resident@kuopio.example');
    const area = await createArea(admin, input());
    const make = (slug: string, isPublished: boolean, isPrivate: boolean) =>
      db.space.create({
        data: {
          organizationId: admin.organizationId,
          kind: 'ASSEMBLY',
          slug,
          title: { fi: slug },
          description: { fi: 'Testitila' },
          isPublished,
          isPrivate,
          publishedAt: isPublished ? new Date() : null,
          areas: { create: { areaId: area.id } },
        },
        select: { id: true, slug: true },
      });
    const open = await make(`julkinen-${suffix()}`, true, false);
    const closed = await make(`yksityinen-${suffix()}`, true, true);
    await make(`luonnos-${suffix()}`, false, false);
    const member = { ...resident, memberSpaceIds: [closed.id] };

    const slugsFor = async (actor: Actor | null) =>
      (await getAreaBySlug(admin.organizationId, area.slug, actor))?.spaces.map((s) => s.slug).sort();
    expect(await slugsFor(null)).toEqual([open.slug]);
    expect(await slugsFor(resident)).toEqual([open.slug]);
    expect(await slugsFor(member)).toEqual([closed.slug, open.slug].sort());
    // Admins see the private one too, but drafts stay on the admin screens.
    expect(await slugsFor(admin)).toEqual([closed.slug, open.slug].sort());

    const listed = (await findAreas(admin.organizationId)).find((a) => a.id === area.id);
    expect(listed?.publicSpaceCount).toBe(1);
  });

  it('tells how to take part: each space’s phase under way with its end, and the next one to start', async () => {
    const admin = await actorFor('admin@kuopio.example');
    const area = await createArea(admin, input());
    const day = 24 * 3600_000;
    const space = await db.space.create({
      data: {
        organizationId: admin.organizationId,
        kind: 'PROCESS',
        slug: `vaiheet-${suffix()}`,
        title: { fi: 'Vaiheellinen' },
        description: { fi: 'Testitila' },
        isPublished: true,
        publishedAt: new Date(),
        areas: { create: { areaId: area.id } },
        phases: {
          create: [
            { position: 0, title: { fi: 'Tiedotus' }, startDate: new Date(Date.now() - 30 * day), endDate: new Date(Date.now() - 10 * day) },
            { position: 1, title: { fi: 'Ideakeruu' }, isActive: true, startDate: new Date(Date.now() - 9 * day), endDate: new Date(Date.now() + 20 * day) },
            { position: 2, title: { fi: 'Äänestys' }, startDate: new Date(Date.now() + 40 * day), endDate: new Date(Date.now() + 50 * day) },
            { position: 3, title: { fi: 'Toteutus' }, startDate: new Date(Date.now() + 60 * day) },
          ],
        },
      },
    });
    const listed = (await getAreaBySlug(admin.organizationId, area.slug, null))!.spaces.find((s) => s.id === space.id)!;
    expect(listed.activePhase).toMatchObject({ title: { fi: 'Ideakeruu' } });
    expect(listed.activePhase!.endDate!.getTime()).toBeGreaterThan(Date.now());
    expect(listed.nextPhase).toMatchObject({ title: { fi: 'Äänestys' } });
  });

  it('returns null for unknown or malformed slugs', async () => {
    const admin = await actorFor('admin@kuopio.example');
    expect(await getAreaBySlug(admin.organizationId, 'ei-ole-olemassa', null)).toBeNull();
    expect(await getAreaBySlug(admin.organizationId, "'; DROP TABLE", null)).toBeNull();
    expect(await getAreaBySlug(admin.organizationId, 'neulamaki', null)).toMatchObject({ slug: 'neulamaki' });
  });
});
