/**
 * Spaces, phases, roles and members against the real database: the domain mutations and admin queries with actors
 * built from seeded demo users. Every test creates its own uniquely named space.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/core/action-result';
import { isUniqueViolation } from '@/lib/core/errors';
import { db } from '@/lib/db';
import { findSpacesForAdmin, getSpaceForAdmin } from './admin-queries';
import {
  SpaceInputSchema,
  SpaceUpdateSchema,
  actorFor,
  createOtherOrganization,
  failure,
  processInput,
  rawProcessInput,
  spaceState,
  suffix,
} from './integration-fixtures';
import {
  activatePhase,
  addSpaceMember,
  createPhase,
  createSpace,
  deactivatePhase,
  deletePhase,
  deleteSpace,
  grantSpaceRole,
  movePhase,
  publishSpace,
  removeSpaceMember,
  revokeSpaceRole,
  setSpaceAreas,
  setSpacePrivacy,
  unpublishSpace,
  updatePhase,
  updateSpace,
  updateSpaceMember,
} from './mutations';
import { PhaseInputSchema, SpaceMemberSchema } from './schema';

let admin: Actor;
let other: Awaited<ReturnType<typeof createOtherOrganization>>;

beforeAll(async () => {
  admin = await actorFor('admin@kuopio.example');
  other = await createOtherOrganization();
});

const phase = (title: string, extra: Record<string, unknown> = {}) =>
  parseInput(PhaseInputSchema, { title: { fi: title, sv: '', en: '' }, description: { fi: '' }, startDate: '', endDate: '', ...extra });

async function auditRows(spaceId: string, action: string) {
  return db.auditLog.findMany({ where: { spaceId, action }, orderBy: { createdAt: 'asc' } });
}

async function phasesOf(spaceId: string) {
  return db.phase.findMany({ where: { spaceId }, orderBy: { position: 'asc' }, select: { id: true, position: true, isActive: true } });
}

describe('creating a participatory process with phases', () => {
  it('stores the space with its areas and phases in order, and audits each step', async () => {
    const area = await db.area.findFirstOrThrow({ where: { organizationId: admin.organizationId, slug: 'neulamaki' } });
    const input = processInput({ areaIds: [area.id], subtitle: { fi: 'Alaotsikko' } });
    const { id } = await createSpace(admin, input);

    const stored = await db.space.findUniqueOrThrow({ where: { id }, include: { areas: true } });
    expect(stored).toMatchObject({
      organizationId: admin.organizationId,
      kind: 'PROCESS',
      slug: input.slug,
      title: { fi: 'Testiprosessi', sv: 'Testprocess' },
      subtitle: { fi: 'Alaotsikko' },
      heroImageUrl: null,
      heroImageAlt: null,
      isPublished: false,
      isPrivate: false,
    });
    expect(stored.startDate?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(stored.areas.map((a) => a.areaId)).toEqual([area.id]);

    const a = await createPhase(admin, id, phase('Ideointi', { startDate: '2026-03-01', endDate: '2026-04-15' }));
    const b = await createPhase(admin, id, phase('Äänestys'));
    expect(await phasesOf(id)).toEqual([
      { id: a.id, position: 0, isActive: false },
      { id: b.id, position: 1, isActive: false },
    ]);

    const [created] = await auditRows(id, 'space.create');
    expect(created).toMatchObject({ actorId: admin.userId, targetType: 'Space', targetId: id, organizationId: admin.organizationId });
    expect(created?.after).toMatchObject({ slug: input.slug, areaIds: [area.id], isPublished: false });
    expect(await auditRows(id, 'phase.create')).toHaveLength(2);
  });

  it('activating phase B deactivates phase A in the same transaction', async () => {
    const { id } = await createSpace(admin, processInput());
    const a = await createPhase(admin, id, phase('A'));
    const b = await createPhase(admin, id, phase('B'));

    await activatePhase(admin, id, a.id);
    await activatePhase(admin, id, b.id);
    expect(await phasesOf(id)).toEqual([
      { id: a.id, position: 0, isActive: false },
      { id: b.id, position: 1, isActive: true },
    ]);
    const rows = await auditRows(id, 'phase.activate');
    expect(rows.map((r) => [r.before, r.after])).toEqual([
      [{ activePhaseId: null }, { activePhaseId: a.id }],
      [{ activePhaseId: a.id }, { activePhaseId: b.id }],
    ]);

    await deactivatePhase(admin, id, b.id);
    expect((await phasesOf(id)).every((p) => !p.isActive)).toBe(true);
    expect(await auditRows(id, 'phase.deactivate')).toHaveLength(1);
  });

  it('the database itself refuses a second active phase in a space', async () => {
    const { id } = await createSpace(admin, processInput());
    const a = await createPhase(admin, id, phase('A'));
    await activatePhase(admin, id, a.id);

    const insert = db.phase.create({ data: { spaceId: id, position: 5, title: { fi: 'Toinen' }, isActive: true } });
    await expect(insert).rejects.toSatisfy((e: unknown) => isUniqueViolation(e));
    const b = await createPhase(admin, id, phase('B'));
    await expect(db.phase.update({ where: { id: b.id }, data: { isActive: true } })).rejects.toSatisfy((e: unknown) => isUniqueViolation(e));
    expect((await phasesOf(id)).filter((p) => p.isActive).map((p) => p.id)).toEqual([a.id]);
  });

  it('moves phases up and down and keeps positions 0…n-1 after a delete', async () => {
    const { id } = await createSpace(admin, processInput());
    const a = await createPhase(admin, id, phase('A'));
    const b = await createPhase(admin, id, phase('B'));
    const c = await createPhase(admin, id, phase('C'));

    await movePhase(admin, id, c.id, 'up');
    expect((await phasesOf(id)).map((p) => p.id)).toEqual([a.id, c.id, b.id]);
    await movePhase(admin, id, a.id, 'up'); // already first: nothing changes
    await movePhase(admin, id, a.id, 'down');
    expect((await phasesOf(id)).map((p) => p.id)).toEqual([c.id, a.id, b.id]);
    expect(await auditRows(id, 'phase.move')).toHaveLength(2);

    await deletePhase(admin, id, a.id);
    expect(await phasesOf(id)).toEqual([
      { id: c.id, position: 0, isActive: false },
      { id: b.id, position: 1, isActive: false },
    ]);
    const [deleted] = await auditRows(id, 'phase.delete');
    expect(deleted?.before).toMatchObject({ id: a.id, title: { fi: 'A' } });
  });

  it('updates a phase and audits before and after', async () => {
    const { id } = await createSpace(admin, processInput());
    const a = await createPhase(admin, id, phase('Vanha nimi'));
    await updatePhase(admin, id, a.id, phase('Uusi nimi', { description: { fi: 'Kuvaus' }, startDate: '2026-05-01', endDate: '2026-05-31' }));
    const stored = await db.phase.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored.title).toEqual({ fi: 'Uusi nimi' });
    expect(stored.description).toEqual({ fi: 'Kuvaus' });
    const [row] = await auditRows(id, 'phase.update');
    expect(row?.before).toMatchObject({ title: { fi: 'Vanha nimi' }, description: null });
    expect(row?.after).toMatchObject({ title: { fi: 'Uusi nimi' }, startDate: '2026-05-01T00:00:00.000Z' });
  });

  it('refuses phases for an assembly', async () => {
    const { id } = await createSpace(admin, processInput({ kind: 'ASSEMBLY', assemblyType: 'RURAL_COUNCIL' }));
    expect((await failure(() => createPhase(admin, id, phase('A')))).code).toBe('NOT_FOUND');
  });
});

describe('publishing and details', () => {
  it('publishes and unpublishes with publishedAt, auditing each change once', async () => {
    const { id } = await createSpace(admin, processInput());
    await publishSpace(admin, id);
    const published = await db.space.findUniqueOrThrow({ where: { id } });
    expect(published.isPublished).toBe(true);
    expect(published.publishedAt).toBeInstanceOf(Date);
    await publishSpace(admin, id); // already published: no second record
    const rows = await auditRows(id, 'space.publish');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.before).toEqual({ isPublished: false, publishedAt: null });
    expect(rows[0]?.after).toMatchObject({ isPublished: true });

    await unpublishSpace(admin, id);
    const draft = await db.space.findUniqueOrThrow({ where: { id } });
    expect([draft.isPublished, draft.publishedAt]).toEqual([false, null]);
    expect(await auditRows(id, 'space.unpublish')).toHaveLength(1);
  });

  it('a duplicate slug is a slugTaken field error and stores nothing', async () => {
    const first = processInput();
    await createSpace(admin, first);
    const title = `Kaksoiskappale ${suffix()}`;
    const result = await failure(() => createSpace(admin, processInput({ slug: first.slug, title: { fi: title } })));
    expect(result).toEqual({ code: 'INVALID_INPUT', fields: { slug: ['slugTaken'] } });
    expect(await db.space.count({ where: { title: { path: ['fi'], equals: title } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'space.create', after: { path: ['title', 'fi'], equals: title } } })).toBe(0);
  });

  it('a slug taken in another organization is free here', async () => {
    const { org } = other;
    const slug = `jaettu-${suffix()}`;
    await db.space.create({ data: { organizationId: org.id, kind: 'PROCESS', slug, title: { fi: 'x' }, description: { fi: 'x' } } });
    await expect(createSpace(admin, processInput({ slug }))).resolves.toHaveProperty('id');
  });

  it('an overlong title is a tooLong field error before anything is stored', async () => {
    const result = await failure(() => parseInput(SpaceInputSchema, rawProcessInput({ title: { fi: 'x'.repeat(151) } })));
    expect(result).toEqual({ code: 'INVALID_INPUT', fields: { 'title.fi': ['tooLong'] } });
  });

  it('updates details and areas together and audits before and after', async () => {
    const [neulamaki, petonen] = await Promise.all(
      ['neulamaki', 'petonen'].map((slug) => db.area.findFirstOrThrow({ where: { organizationId: admin.organizationId, slug } })),
    );
    const input = processInput({ areaIds: [neulamaki!.id] });
    const { id } = await createSpace(admin, input);
    const update = parseInput(SpaceUpdateSchema, {
      ...rawProcessInput({ slug: input.slug, areaIds: [petonen!.id] }),
      isPrivate: undefined,
      title: { fi: 'Uusi otsikko' },
      heroImageUrl: '/images/petonen.jpg',
      heroImageAlt: { fi: 'Petosen tori' },
    });
    await updateSpace(admin, id, update);
    const stored = await db.space.findUniqueOrThrow({ where: { id }, include: { areas: true } });
    expect(stored.title).toEqual({ fi: 'Uusi otsikko' });
    expect(stored.heroImageAlt).toEqual({ fi: 'Petosen tori' });
    expect(stored.isPrivate).toBe(false);
    expect(stored.areas.map((a) => a.areaId)).toEqual([petonen!.id]);
    const [row] = await auditRows(id, 'space.update');
    expect(row?.before).toMatchObject({ title: { fi: 'Testiprosessi', sv: 'Testprocess' }, areaIds: [neulamaki!.id] });
    expect(row?.after).toMatchObject({ title: { fi: 'Uusi otsikko' }, areaIds: [petonen!.id] });
  });

  it('never changes the kind of a space', async () => {
    const input = processInput();
    const { id } = await createSpace(admin, input);
    const asAssembly = parseInput(SpaceUpdateSchema, rawProcessInput({ slug: input.slug, kind: 'ASSEMBLY', assemblyType: 'YOUTH_COUNCIL' }));
    expect(await failure(() => updateSpace(admin, id, asAssembly))).toEqual({ code: 'INVALID_INPUT', fields: { kind: ['invalidChoice'] } });
    expect((await db.space.findUniqueOrThrow({ where: { id } })).kind).toBe('PROCESS');
  });

  it('accepts only areas of the same organization', async () => {
    const { id } = await createSpace(admin, processInput());
    expect(await failure(() => setSpaceAreas(admin, id, [other.area.id]))).toEqual({ code: 'INVALID_INPUT', fields: { areaIds: ['invalidChoice'] } });
    expect(await failure(() => createSpace(admin, processInput({ areaIds: [other.area.id] })))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await db.spaceArea.count({ where: { spaceId: id } })).toBe(0);

    const area = await db.area.findFirstOrThrow({ where: { organizationId: admin.organizationId, slug: 'mannisto' } });
    await setSpaceAreas(admin, id, [area.id]);
    expect((await auditRows(id, 'space.set_areas'))[0]?.after).toEqual({ areaIds: [area.id] });
  });

  it('changes privacy with its own audit record', async () => {
    const { id } = await createSpace(admin, processInput());
    await setSpacePrivacy(admin, id, true);
    expect((await db.space.findUniqueOrThrow({ where: { id } })).isPrivate).toBe(true);
    expect((await auditRows(id, 'space.update_privacy'))[0]).toMatchObject({ before: { isPrivate: false }, after: { isPrivate: true } });
  });

  it('deletes a space with its phases and keeps the audit record', async () => {
    const { id } = await createSpace(admin, processInput());
    await createPhase(admin, id, phase('A'));
    await deleteSpace(admin, id);
    expect(await db.space.findUnique({ where: { id } })).toBeNull();
    expect(await db.phase.count({ where: { spaceId: id } })).toBe(0);
    expect((await auditRows(id, 'space.delete'))[0]?.before).toMatchObject({ id });
  });

  it('an actor of another organization finds nothing to change', async () => {
    const { id } = await createSpace(admin, processInput());
    const a = await createPhase(admin, id, phase('A'));
    for (const run of [
      () => publishSpace(other.admin, id),
      () => deleteSpace(other.admin, id),
      () => activatePhase(other.admin, id, a.id),
      () => createPhase(other.admin, id, phase('B')),
      () => grantSpaceRole(other.admin, id, { email: other.admin.email, role: 'ADMIN' }),
    ]) {
      expect((await failure(run)).code).toBe('NOT_FOUND');
    }
    expect(await db.space.findUniqueOrThrow({ where: { id } })).toMatchObject({ isPublished: false });
    expect(await db.auditLog.count({ where: { spaceId: id, actorId: other.admin.userId } })).toBe(0);
  });
});

describe('roles', () => {
  it('grants a role to an account of the organization by email and revokes it', async () => {
    const { id } = await createSpace(admin, processInput());
    const { id: roleId } = await grantSpaceRole(admin, id, { email: 'resident@kuopio.example', role: 'EVALUATOR' });
    const resident = await actorFor('resident@kuopio.example');
    expect(resident.spaceRoles).toContainEqual({ spaceId: id, role: 'EVALUATOR' });
    expect((await auditRows(id, 'space_role.grant'))[0]?.after).toEqual({ userId: resident.userId, email: resident.email, role: 'EVALUATOR' });

    expect(await failure(() => grantSpaceRole(admin, id, { email: 'resident@kuopio.example', role: 'EVALUATOR' }))).toEqual({
      code: 'INVALID_INPUT',
      fields: { role: ['roleAlreadyGranted'] },
    });

    await revokeSpaceRole(admin, id, roleId);
    expect(await db.spaceRole.count({ where: { spaceId: id } })).toBe(0);
    expect((await auditRows(id, 'space_role.revoke'))[0]?.before).toMatchObject({ role: 'EVALUATOR', email: resident.email });
  });

  it('an unknown email, or one of another organization, is a field error and grants nothing', async () => {
    const { id } = await createSpace(admin, processInput());
    for (const email of [`ei-ole-${suffix()}@kuopio.example`, other.admin.email]) {
      expect(await failure(() => grantSpaceRole(admin, id, { email, role: 'ADMIN' }))).toEqual({
        code: 'INVALID_INPUT',
        fields: { email: ['userNotFound'] },
      });
    }
    expect(await db.spaceRole.count({ where: { spaceId: id } })).toBe(0);
    expect(await auditRows(id, 'space_role.grant')).toHaveLength(0);
  });

  it('revoking a role of another space is NOT_FOUND', async () => {
    const { id } = await createSpace(admin, processInput());
    const foreignRole = await db.spaceRole.findFirstOrThrow({ where: { space: { slug: 'lahioohjelma-2026-neulamaki' } } });
    expect((await failure(() => revokeSpaceRole(admin, id, foreignRole.id))).code).toBe('NOT_FOUND');
    expect(await db.spaceRole.findUnique({ where: { id: foreignRole.id } })).not.toBeNull();
  });
});

const ADMIN_ACCESS = { mayLinkAccounts: true };
const ROSTER_ONLY = { mayLinkAccounts: false };

describe('members', () => {
  const member = (overrides: Record<string, unknown> = {}) =>
    parseInput(SpaceMemberSchema, { fullName: 'Maija Meikäläinen', position: 'CHAIR', positionNote: { fi: 'Kyläyhdistys' }, userEmail: '', startDate: '2026-01-01', endDate: '2027-12-31', ...overrides });

  it('adds, updates and removes members, linking accounts by email', async () => {
    const { id } = await createSpace(admin, processInput({ kind: 'ASSEMBLY', assemblyType: 'RURAL_COUNCIL' }));
    const { id: memberId } = await addSpaceMember(admin, id, member(), ADMIN_ACCESS);
    const resident = await actorFor('resident@kuopio.example');
    await updateSpaceMember(admin, id, memberId, member({ position: 'MEMBER', userEmail: 'Resident@Kuopio.Example' }), ADMIN_ACCESS);
    const stored = await db.spaceMember.findUniqueOrThrow({ where: { id: memberId } });
    expect(stored).toMatchObject({ position: 'MEMBER', userId: resident.userId, positionNote: { fi: 'Kyläyhdistys' } });
    expect((await auditRows(id, 'space_member.update'))[0]).toMatchObject({ before: { position: 'CHAIR', userId: null }, after: { userId: resident.userId } });

    expect(await failure(() => addSpaceMember(admin, id, member({ fullName: 'Toinen', userEmail: 'resident@kuopio.example' }), ADMIN_ACCESS))).toEqual({
      code: 'INVALID_INPUT',
      fields: { userEmail: ['memberUserTaken'] },
    });
    expect(await failure(() => addSpaceMember(admin, id, member({ userEmail: `ei-ole-${suffix()}@kuopio.example` }), ADMIN_ACCESS))).toEqual({
      code: 'INVALID_INPUT',
      fields: { userEmail: ['userNotFound'] },
    });
    expect(await db.spaceMember.count({ where: { spaceId: id } })).toBe(1);

    await removeSpaceMember(admin, id, memberId, ADMIN_ACCESS);
    expect(await db.spaceMember.count({ where: { spaceId: id } })).toBe(0);
    expect(await auditRows(id, 'space_member.add')).toHaveLength(1);
    expect(await auditRows(id, 'space_member.remove')).toHaveLength(1);
  });

  it('without the right to grant access, refuses every write that touches an account, inside the transaction', async () => {
    const { id } = await createSpace(admin, processInput({ kind: 'ASSEMBLY', assemblyType: 'RURAL_COUNCIL' }));
    const roster = await addSpaceMember(admin, id, member(), ROSTER_ONLY);
    const accountEmail = `jasen-${suffix()}@kuopio.example`;
    await db.user.create({ data: { organizationId: admin.organizationId, email: accountEmail, passwordHash: 'not-used-in-tests', displayName: 'Tilillinen' } });
    const linked = await addSpaceMember(admin, id, member({ fullName: 'Tilillinen', userEmail: accountEmail }), ADMIN_ACCESS);
    const before = await spaceState(id);

    expect((await failure(() => addSpaceMember(admin, id, member({ userEmail: 'resident@kuopio.example' }), ROSTER_ONLY))).code).toBe('FORBIDDEN');
    expect((await failure(() => updateSpaceMember(admin, id, roster.id, member({ userEmail: 'resident@kuopio.example' }), ROSTER_ONLY))).code).toBe('FORBIDDEN');
    expect((await failure(() => updateSpaceMember(admin, id, linked.id, member({ fullName: 'Muutettu' }), ROSTER_ONLY))).code).toBe('FORBIDDEN');
    expect((await failure(() => removeSpaceMember(admin, id, linked.id, ROSTER_ONLY))).code).toBe('FORBIDDEN');
    expect(await spaceState(id)).toEqual(before);

    await updateSpaceMember(admin, id, roster.id, member({ fullName: 'Nimi muuttui' }), ROSTER_ONLY);
    expect((await db.spaceMember.findUniqueOrThrow({ where: { id: roster.id } })).fullName).toBe('Nimi muuttui');
  });
});

describe('admin queries', () => {
  it('org admins see every space of the organization; role holders only theirs', async () => {
    const coordinator = await actorFor('coordinator@kuopio.example');
    const petonen = await actorFor('coordinator.petonen@kuopio.example');
    const neulamaki = await db.space.findFirstOrThrow({ where: { organizationId: admin.organizationId, slug: 'lahioohjelma-2026-neulamaki' } });

    const all = await findSpacesForAdmin(admin);
    expect(all.length).toBe(await db.space.count({ where: { organizationId: admin.organizationId } }));
    expect((await findSpacesForAdmin(coordinator)).map((s) => s.slug)).toEqual(['lahioohjelma-2026-neulamaki']);
    expect((await findSpacesForAdmin(admin, { kind: 'ASSEMBLY' })).every((s) => s.kind === 'ASSEMBLY')).toBe(true);
    const otherIds = (await findSpacesForAdmin(other.admin)).map((s) => s.id);
    expect(await db.space.count({ where: { id: { in: otherIds }, organizationId: { not: other.org.id } } })).toBe(0);
    expect(otherIds).not.toContain(neulamaki.id);

    expect((await getSpaceForAdmin(coordinator, neulamaki.id))?.slug).toBe('lahioohjelma-2026-neulamaki');
    expect(await getSpaceForAdmin(petonen, neulamaki.id)).toBeNull();
    expect(await getSpaceForAdmin(other.admin, neulamaki.id)).toBeNull();
  });

  it('loads phases in order with the roles and members of the space', async () => {
    const { id } = await createSpace(admin, processInput());
    await createPhase(admin, id, phase('Ensimmäinen'));
    const second = await createPhase(admin, id, phase('Toinen'));
    await movePhase(admin, id, second.id, 'up');
    // A fresh account: the seeded demo users keep exactly their documented roles for later test files.
    const email = `koordinaattori-${suffix()}@kuopio.example`;
    await db.user.create({ data: { organizationId: admin.organizationId, email, passwordHash: 'not-used-in-tests', displayName: 'Testi' } });
    await grantSpaceRole(admin, id, { email, role: 'COORDINATOR' });
    const space = await getSpaceForAdmin(admin, id);
    expect(space?.phases.map((p) => p.title)).toEqual([{ fi: 'Toinen' }, { fi: 'Ensimmäinen' }]);
    expect(space?.roles.map((r) => [r.role, r.user.email])).toEqual([['COORDINATOR', email]]);
  });
});
