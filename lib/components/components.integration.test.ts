import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { auditRows, componentFixture, refusal } from '@/tests/factories/components';
import { createPage } from '@/lib/pages/mutations';
import { findArchivedComponents } from './archive-queries';
import {
  addComponent,
  archiveComponent,
  deleteComponent,
  moveComponent,
  publishComponent,
  restoreComponent,
  unpublishComponent,
  updateComponentName,
  updateComponentSettings,
  updatePhaseSettings,
} from './mutations';
import { findComponentsForAdmin, findPublishedComponents, getComponentForAdmin, getComponentInSpace } from './queries';

let f: Awaited<ReturnType<typeof componentFixture>>;
beforeAll(async () => {
  f = await componentFixture();
});

async function stored(componentId: string) {
  return db.component.findUniqueOrThrow({ where: { id: componentId }, select: { settings: true, phaseSettings: true, isPublished: true, publishedAt: true, position: true, name: true } });
}

describe('adding components', () => {
  it('adds a Pages component last, unpublished, with default settings and an audit record', async () => {
    const first = await addComponent(f.admin, f.space.id, { kind: 'pages', name: { fi: 'Tietoa', sv: 'Information', en: '' } });
    const second = await addComponent(f.coordinator, f.space.id, { kind: 'pages', name: { fi: 'Ohjeet' } });
    const list = await findComponentsForAdmin(f.space.id);
    expect(list.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(list.map((c) => c.position)).toEqual([0, 1]);
    const row = await stored(first.id);
    expect(row.isPublished).toBe(false);
    expect(row.name).toEqual({ fi: 'Tietoa', sv: 'Information' });
    expect(row.settings).toEqual({ showTableOfContents: true, announcement: {} });
    expect(await db.page.count({ where: { componentId: first.id } })).toBe(0);
    const [audit] = await auditRows(first.id);
    expect(audit).toMatchObject({ action: 'component.create', actorId: f.admin.userId, spaceId: f.space.id, after: { kind: 'pages' } });
  });

  it('refuses an unregistered kind and a missing name, storing nothing', async () => {
    const before = await db.component.count({ where: { spaceId: f.space.id } });
    expect(await refusal(addComponent(f.admin, f.space.id, { kind: 'proposals' as 'pages', name: { fi: 'Ehdotukset' } }))).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { kind: ['invalidChoice'] },
    });
    expect(await refusal(addComponent(f.admin, f.space.id, { kind: 'pages', name: { fi: '' } }))).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { 'name.fi': ['required'] },
    });
    expect(await db.component.count({ where: { spaceId: f.space.id } })).toBe(before);
  });

  it('refuses those who may not manage the space, and spaces of another organization', async () => {
    expect((await refusal(addComponent(f.evaluator, f.space.id, { kind: 'pages', name: { fi: 'X' } }))).code).toBe('FORBIDDEN');
    expect((await refusal(addComponent(f.coordinator, f.otherSpace.id, { kind: 'pages', name: { fi: 'X' } }))).code).toBe('FORBIDDEN');
    expect((await refusal(addComponent(f.outsider, f.space.id, { kind: 'pages', name: { fi: 'X' } }))).code).toBe('NOT_FOUND');
  });
});

describe('settings', () => {
  let componentId: string;
  beforeAll(async () => {
    componentId = (await addComponent(f.admin, f.space.id, { kind: 'pages', name: { fi: 'Asetuskoe' } })).id;
  });

  it('stores valid settings and audits before and after', async () => {
    await updateComponentSettings(f.coordinator, componentId, { showTableOfContents: false, announcement: { fi: ' Työpaja 3.6. ', sv: '', en: 'Workshop 3 June' } });
    expect((await stored(componentId)).settings).toEqual({ showTableOfContents: false, announcement: { fi: 'Työpaja 3.6.', en: 'Workshop 3 June' } });
    const audit = (await auditRows(componentId)).find((a) => a.action === 'component.update_settings');
    expect(audit).toMatchObject({ spaceId: f.space.id, before: { showTableOfContents: true }, after: { showTableOfContents: false, announcement: { fi: 'Työpaja 3.6.' } } });
  });

  it('refuses invalid values with field errors and keeps the stored settings', async () => {
    const before = (await stored(componentId)).settings;
    expect(await refusal(updateComponentSettings(f.coordinator, componentId, { showTableOfContents: 'no', announcement: { fi: 'x'.repeat(1001) } }))).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { showTableOfContents: ['invalidType'], 'announcement.fi': ['tooLong|{"max":1000}'] },
    });
    expect((await stored(componentId)).settings).toEqual(before);
  });

  it('refuses forged keys that the definition does not declare', async () => {
    const before = (await stored(componentId)).settings;
    expect(await refusal(updateComponentSettings(f.admin, componentId, { showTableOfContents: true, isPublished: true }))).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { isPublished: ['unexpectedField'] },
    });
    expect(await refusal(updateComponentSettings(f.admin, componentId, ['showTableOfContents']))).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await stored(componentId)).settings).toEqual(before);
    expect((await stored(componentId)).isPublished).toBe(false);
  });

  it('refuses evaluators and other organizations', async () => {
    expect((await refusal(updateComponentSettings(f.evaluator, componentId, { showTableOfContents: true }))).code).toBe('FORBIDDEN');
    expect((await refusal(updateComponentSettings(f.outsider, componentId, { showTableOfContents: true }))).code).toBe('NOT_FOUND');
  });

  it('stores settings per phase of the space and reads them back by phase id', async () => {
    const [phase1, phase2] = f.space.phases;
    await updatePhaseSettings(f.coordinator, componentId, phase1!.id, { announcement: { fi: 'Ideointi on käynnissä' } });
    await updatePhaseSettings(f.coordinator, componentId, phase2!.id, { announcement: { fi: 'Äänestys alkaa pian' } });
    expect((await stored(componentId)).phaseSettings).toEqual({
      [phase1!.id]: { announcement: { fi: 'Ideointi on käynnissä' } },
      [phase2!.id]: { announcement: { fi: 'Äänestys alkaa pian' } },
    });
    const audit = (await auditRows(componentId)).filter((a) => a.action === 'component.update_phase_settings');
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ after: { phaseId: phase2!.id, settings: { announcement: { fi: 'Äänestys alkaa pian' } } } });
    const found = await getComponentForAdmin(f.org.id, componentId);
    expect(found?.space.phases.find((p) => p.isActive)?.id).toBe(phase1!.id);
  });

  it('refuses a phase of another space, invalid phase settings and forged keys, keeping what was stored', async () => {
    const before = (await stored(componentId)).phaseSettings;
    const foreignPhase = f.otherSpace.phases[0]!.id;
    expect((await refusal(updatePhaseSettings(f.admin, componentId, foreignPhase, { announcement: { fi: 'Väärä tila' } }))).code).toBe('NOT_FOUND');
    expect((await refusal(updatePhaseSettings(f.admin, componentId, 'no-such-phase', { announcement: { fi: 'X' } }))).code).toBe('NOT_FOUND');
    expect(await refusal(updatePhaseSettings(f.admin, componentId, f.space.phases[0]!.id, { announcement: { fi: 'x'.repeat(1001) } }))).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { 'announcement.fi': ['tooLong|{"max":1000}'] },
    });
    expect(await refusal(updatePhaseSettings(f.admin, componentId, f.space.phases[0]!.id, { showTableOfContents: false }))).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { showTableOfContents: ['unexpectedField'] },
    });
    expect((await stored(componentId)).phaseSettings).toEqual(before);
  });
});

describe('publishing, ordering, renaming and deleting', () => {
  it('publishes and unpublishes with audit records; only published components are listed publicly', async () => {
    const { id } = await addComponent(f.admin, f.space.id, { kind: 'pages', name: { fi: 'Julkaisukoe' } });
    expect((await findPublishedComponents(f.space.id)).map((c) => c.id)).not.toContain(id);
    await publishComponent(f.coordinator, id);
    const row = await stored(id);
    expect(row.isPublished).toBe(true);
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect((await findPublishedComponents(f.space.id)).map((c) => c.id)).toContain(id);
    await publishComponent(f.coordinator, id);
    await unpublishComponent(f.admin, id);
    expect((await stored(id)).isPublished).toBe(false);
    expect((await auditRows(id)).map((a) => a.action)).toEqual(['component.create', 'component.publish', 'component.unpublish']);
    expect((await refusal(publishComponent(f.evaluator, id))).code).toBe('FORBIDDEN');
  });

  it('moves components up and down, keeping positions 0..n-1, and audits each move', async () => {
    const before = (await findComponentsForAdmin(f.space.id)).map((c) => c.id);
    const last = before[before.length - 1]!;
    await moveComponent(f.coordinator, last, 'up');
    const after = (await findComponentsForAdmin(f.space.id)).map((c) => c.id);
    expect(after).toEqual([...before.slice(0, -2), last, before[before.length - 2]]);
    expect((await findComponentsForAdmin(f.space.id)).map((c) => c.position)).toEqual(after.map((_, i) => i));
    await moveComponent(f.coordinator, after[0]!, 'up');
    expect((await findComponentsForAdmin(f.space.id)).map((c) => c.id)).toEqual(after);
    const moves = (await auditRows(last)).filter((a) => a.action === 'component.move');
    expect(moves).toEqual([expect.objectContaining({ before: { position: before.length - 1 }, after: { position: before.length - 2 } })]);
  });

  it('renames with validation', async () => {
    const { id } = await addComponent(f.admin, f.space.id, { kind: 'pages', name: { fi: 'Vanha nimi' } });
    await updateComponentName(f.coordinator, id, { name: { fi: 'Uusi nimi', en: 'New name' } });
    expect((await stored(id)).name).toEqual({ fi: 'Uusi nimi', en: 'New name' });
    expect((await refusal(updateComponentName(f.coordinator, id, { name: { fi: 'x'.repeat(101) } }))).code).toBe('INVALID_INPUT');
    expect((await auditRows(id)).map((a) => a.action)).toEqual(['component.create', 'component.update']);
  });

  it('archives a component with content instead of deleting it: hidden, kept, read-only, restorable, audited', async () => {
    const { id } = await addComponent(f.admin, f.space.id, { kind: 'pages', name: { fi: 'Kirjoitettua' } });
    await createPage(f.coordinator, id, { slug: 'sivu', title: { fi: 'Sivu' }, body: { fi: 'Asukkaan teksti' } });
    await publishComponent(f.coordinator, id);
    const before = await stored(id);

    // What people wrote is never deleted: the delete is refused and nothing changes.
    expect((await refusal(deleteComponent(f.coordinator, id))).code).toBe('NOT_EMPTY');
    expect(await stored(id)).toEqual(before);
    expect(await db.page.count({ where: { componentId: id } })).toBe(1);

    expect((await refusal(archiveComponent(f.evaluator, id))).code).toBe('FORBIDDEN');
    expect((await refusal(archiveComponent(f.outsider, id))).code).toBe('NOT_FOUND');
    await archiveComponent(f.coordinator, id);
    const archived = await db.component.findUniqueOrThrow({ where: { id }, select: { archivedAt: true, isPublished: true } });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(await db.page.count({ where: { componentId: id } })).toBe(1);

    // Gone from the public side and the active list; kept in the archived list with its content counted.
    expect((await findPublishedComponents(f.space.id)).map((c) => c.id)).not.toContain(id);
    expect((await findComponentsForAdmin(f.space.id)).map((c) => c.id)).not.toContain(id);
    expect(await getComponentInSpace(f.org.id, f.space.slug, id)).toBeNull();
    expect((await findArchivedComponents(f.space.id)).find((c) => c.id === id)).toMatchObject({ resourceCount: 1 });
    expect((await getComponentForAdmin(f.org.id, id))?.component.archivedAt).toBeInstanceOf(Date);

    // Read-only while archived: no renaming, publishing, moving or writing pages.
    expect((await refusal(updateComponentName(f.coordinator, id, { name: { fi: 'Uusi' } }))).code).toBe('CONFLICT');
    expect((await refusal(unpublishComponent(f.coordinator, id))).code).toBe('CONFLICT');
    expect((await refusal(moveComponent(f.coordinator, id, 'up'))).code).toBe('CONFLICT');
    expect((await refusal(createPage(f.coordinator, id, { slug: 'toinen', title: { fi: 'Toinen' }, body: { fi: 'x' } }))).code).toBe('NOT_FOUND');

    // Restored as it was (published), last among the active components.
    await restoreComponent(f.coordinator, id);
    const active = await findComponentsForAdmin(f.space.id);
    expect(active.at(-1)?.id).toBe(id);
    expect(active.at(-1)?.position).toBe(active.length - 1);
    expect((await findPublishedComponents(f.space.id)).map((c) => c.id)).toContain(id);
    expect((await getComponentInSpace(f.org.id, f.space.slug, id))?.component.archivedAt).toBeNull();
    expect((await auditRows(id)).map((a) => a.action)).toEqual(
      expect.arrayContaining(['component.archive', 'component.restore']),
    );
    expect((await auditRows(id)).find((a) => a.action === 'component.archive')).toMatchObject({
      actorId: f.coordinator.userId,
      spaceId: f.space.id,
      before: { archivedAt: null, isPublished: true },
    });
  });

  it('deletes an empty component for good, archived or not, and leaves an audit record', async () => {
    const { id } = await addComponent(f.admin, f.space.id, { kind: 'pages', name: { fi: 'Tyhjä' } });
    expect((await refusal(deleteComponent(f.evaluator, id))).code).toBe('FORBIDDEN');
    await deleteComponent(f.coordinator, id);
    expect(await db.component.findUnique({ where: { id } })).toBeNull();
    expect((await auditRows(id)).map((a) => a.action)).toContain('component.delete');

    const archived = await addComponent(f.admin, f.space.id, { kind: 'pages', name: { fi: 'Tyhjä arkistossa' } });
    await archiveComponent(f.admin, archived.id);
    expect((await findArchivedComponents(f.space.id)).find((c) => c.id === archived.id)).toMatchObject({ resourceCount: 0 });
    await deleteComponent(f.admin, archived.id);
    expect(await db.component.findUnique({ where: { id: archived.id } })).toBeNull();
  });

  it('never deletes a component whose kind is no longer installed (its content cannot be counted)', async () => {
    const { id } = await addComponent(f.admin, f.space.id, { kind: 'pages', name: { fi: 'Vanha tyyppi' } });
    await db.component.update({ where: { id }, data: { kind: 'removed_kind' } });
    expect((await refusal(deleteComponent(f.admin, id))).code).toBe('NOT_EMPTY');
    expect(await db.component.findUnique({ where: { id } })).not.toBeNull();
  });
});
