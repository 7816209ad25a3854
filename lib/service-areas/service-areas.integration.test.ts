/**
 * Service areas against the real database: organization admins create, remove and assign them (audited); anyone else
 * is refused; an area of another organization cannot be assigned; evaluators are listed grouped by them.
 */
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { actorFor, createTestUser } from '@/tests/factories/organization-admin';
import { actorWithSpaceRole, componentFixture, refusal } from '@/tests/factories/components';

vi.mock('@/lib/auth/current-actor', () => import('@/tests/setup/signed-in-as'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { createServiceArea, deleteServiceArea, setUserServiceArea } = await import('./mutations');
const { findSpaceEvaluators } = await import('@/lib/ideas/review-queries');

describe('service areas', () => {
  it('are managed by organization admins only and group the evaluators', async () => {
    const f = await componentFixture();
    const environment = await createServiceArea(f.admin, { name: { fi: 'Kaupunkiympäristö', sv: 'Stadsmiljö', en: '' } });
    const education = await createServiceArea(f.admin, { name: { fi: 'Sivistys' } });
    const second = await actorWithSpaceRole(f.org.id, f.space.id, 'EVALUATOR', 'evaluator-b');
    await setUserServiceArea(f.admin, second.userId, { serviceAreaId: environment.id });
    await setUserServiceArea(f.admin, f.evaluator.userId, { serviceAreaId: education.id });
    const listed = await findSpaceEvaluators(f.space.id);
    expect(listed.map((e) => e.id)).toEqual([second.userId, f.evaluator.userId]);
    for (const actor of [f.coordinator, f.evaluator, await actorFor((await createTestUser(f.org.id, { label: 'staff', orgRoles: ['STAFF'] })).id)]) {
      expect((await refusal(createServiceArea(actor, { name: { fi: 'Ei saa' } }))).code).toBe('FORBIDDEN');
      expect((await refusal(setUserServiceArea(actor, second.userId, { serviceAreaId: '' }))).code).toBe('FORBIDDEN');
    }
    const foreign = await createServiceArea(f.outsider, { name: { fi: 'Vieras' } });
    expect(await refusal(setUserServiceArea(f.admin, second.userId, { serviceAreaId: foreign.id }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { serviceAreaId: ['serviceAreaUnknown'] } });
    expect((await refusal(deleteServiceArea(f.admin, foreign.id))).code).toBe('NOT_FOUND');
    await deleteServiceArea(f.admin, environment.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: second.userId } })).serviceAreaId).toBeNull();
    const audit = await db.auditLog.findMany({ where: { actorId: f.admin.userId, action: { startsWith: 'service_area' } } });
    expect(audit.map((a) => a.action).sort()).toEqual(['service_area.create', 'service_area.create', 'service_area.delete']);
  });
});
