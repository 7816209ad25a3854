/**
 * Actions per phase (issue 6, 1.3): coordinators switch a kind's resident actions on or off per phase; only declared
 * actions and the space's own phases are accepted; the change is audited; and what residents are told follows from
 * the stored switches and the space's phases. No kind in the registry declares actions yet (commenting comes with
 * the discussion issue), so these tests hand the mutation the actions of a kind that does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { auditRows, componentFixture, createTestSpace, refusal } from '@/tests/factories/components';
import { actionAvailability, readActionSettings } from '@/lib/core/components/action-availability';
import { addComponent, updateComponentActionSettings } from './mutations';

const DISCUSSION_ACTIONS = { comment: { requires: ['signedIn'] as const }, create_debate: { requires: ['signedIn'] as const } };

let f: Awaited<ReturnType<typeof componentFixture>>;
let componentId: string;
let phaseIds: string[];
beforeAll(async () => {
  f = await componentFixture();
  componentId = (await addComponent(f.admin, f.space.id, { kind: 'pages', name: { fi: 'Keskustelu' } })).id;
  phaseIds = f.space.phases.map((p) => p.id);
});

const stored = async () => readActionSettings((await db.component.findUniqueOrThrow({ where: { id: componentId }, select: { actionSettings: true } })).actionSettings);

describe('updateComponentActionSettings', () => {
  it('stores the switches per phase, keeps only those switched on, and audits the change', async () => {
    const saved = await updateComponentActionSettings(
      f.coordinator,
      componentId,
      { phases: { [phaseIds[0]!]: { comment: true, create_debate: false }, [phaseIds[1]!]: { create_debate: true } } },
      DISCUSSION_ACTIONS,
    );
    expect(saved).toEqual({ always: {}, phases: { [phaseIds[0]!]: { comment: true }, [phaseIds[1]!]: { create_debate: true } } });
    expect(await stored()).toEqual(saved);
    const audit = (await auditRows(componentId)).filter((a) => a.action === 'component.update_action_settings');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: f.coordinator.userId, after: saved });
  });

  it('refuses undeclared actions, phases of another space and malformed input, changing nothing', async () => {
    const before = await stored();
    expect(await refusal(updateComponentActionSettings(f.admin, componentId, { phases: { [phaseIds[0]!]: { vote: true } } }, DISCUSSION_ACTIONS))).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { actions: ['invalidChoice'] },
    });
    const foreignPhase = f.otherSpace.phases[0]!.id;
    expect((await refusal(updateComponentActionSettings(f.admin, componentId, { phases: { [foreignPhase]: { comment: true } } }, DISCUSSION_ACTIONS))).code).toBe('NOT_FOUND');
    expect((await refusal(updateComponentActionSettings(f.admin, componentId, { phases: { [phaseIds[0]!]: { comment: 'yes' } } }, DISCUSSION_ACTIONS))).code).toBe('INVALID_INPUT');
    expect((await refusal(updateComponentActionSettings(f.admin, componentId, { phases: {}, extra: 1 }, DISCUSSION_ACTIONS))).code).toBe('INVALID_INPUT');
    // Pages declares no actions: nothing can be switched on in it.
    expect((await refusal(updateComponentActionSettings(f.admin, componentId, { phases: { [phaseIds[0]!]: { comment: true } } }))).code).toBe('INVALID_INPUT');
    expect(await stored()).toEqual(before);
  });

  it('refuses those who may not manage the space', async () => {
    const before = await stored();
    const input = { phases: { [phaseIds[0]!]: {} } };
    expect((await refusal(updateComponentActionSettings(f.evaluator, componentId, input, DISCUSSION_ACTIONS))).code).toBe('FORBIDDEN');
    expect((await refusal(updateComponentActionSettings(f.outsider, componentId, input, DISCUSSION_ACTIONS))).code).toBe('NOT_FOUND');
    expect(await stored()).toEqual(before);
  });

  it('uses "always" in a space without phases and ignores it in a space with phases', async () => {
    const council = await createTestSpace(f.org.id, { kind: 'ASSEMBLY' });
    const inCouncil = (await addComponent(f.admin, council.id, { kind: 'pages', name: { fi: 'Kysymykset' } })).id;
    expect(await updateComponentActionSettings(f.admin, inCouncil, { always: { comment: true } }, DISCUSSION_ACTIONS)).toEqual({ always: { comment: true }, phases: {} });
    expect(await updateComponentActionSettings(f.admin, componentId, { always: { comment: true }, phases: {} }, DISCUSSION_ACTIONS)).toEqual({ always: {}, phases: {} });
  });

  it('gives residents the reason that follows from the stored switches and the phases', async () => {
    // The fixture's space has two phases, the first active: open comments in the second only.
    await updateComponentActionSettings(f.admin, componentId, { phases: { [phaseIds[1]!]: { comment: true } } }, DISCUSSION_ACTIONS);
    const start = new Date('2027-03-01T00:00:00.000Z');
    await db.phase.update({ where: { id: phaseIds[1]! }, data: { startDate: start } });
    const phases = await db.phase.findMany({ where: { spaceId: f.space.id }, select: { id: true, position: true, startDate: true, isActive: true } });
    const input = { action: 'comment', actions: DISCUSSION_ACTIONS, settings: await stored(), phases, today: new Date('2026-12-02T00:00:00.000Z') };
    expect(actionAvailability({ ...input, actor: f.coordinator })).toEqual({ available: false, reason: 'opensOn', date: start });
    await db.$transaction([
      db.phase.update({ where: { id: phaseIds[0]! }, data: { isActive: false } }),
      db.phase.update({ where: { id: phaseIds[1]! }, data: { isActive: true } }),
    ]);
    const now = await db.phase.findMany({ where: { spaceId: f.space.id }, select: { id: true, position: true, startDate: true, isActive: true } });
    expect(actionAvailability({ ...input, phases: now, actor: null })).toEqual({ available: false, reason: 'signInRequired' });
    expect(actionAvailability({ ...input, phases: now, actor: f.coordinator })).toEqual({ available: true });
  });
});
