import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/core/errors';
import { parseInput } from '@/lib/core/action-result';
import { actorFor, createTestOrganization, createTestUser } from '@/tests/factories/organization-admin';
import { OrganizationSettingsSchema } from './schema';
import { updateOrganization } from './mutations';
import { getOrganizationSettings } from './queries';

describe('updateOrganization', () => {
  it('stores the settings of the actor’s own organization and audits before/after', async () => {
    const org = await createTestOrganization('settings');
    const admin = await actorFor((await createTestUser(org.id, { label: 'admin', orgRoles: ['ADMIN'] })).id);
    const input = parseInput(OrganizationSettingsSchema, {
      name: { fi: 'Testilän kunta', sv: 'Testby kommun', en: '' },
      contactEmail: 'Kirjaamo@Testila.example',
      accessibilityContactEmail: 'saavutettavuus@testila.example',
      enabledLocales: ['fi', 'sv'],
      timeZone: 'Europe/Helsinki',
      accessibilityStatementDate: '2026-11-20',
    });

    await updateOrganization(admin, input);

    const settings = await getOrganizationSettings(org.id);
    expect(settings.values).toEqual({
      name: { fi: 'Testilän kunta', sv: 'Testby kommun', en: '' },
      contactEmail: 'kirjaamo@testila.example',
      accessibilityContactEmail: 'saavutettavuus@testila.example',
      enabledLocales: ['fi', 'sv'],
      timeZone: 'Europe/Helsinki',
      accessibilityStatementDate: '2026-11-20',
    });

    const [audit] = await db.auditLog.findMany({ where: { organizationId: org.id, action: 'organization.update' } });
    expect(audit).toMatchObject({ actorId: admin.userId, targetType: 'Organization', targetId: org.id });
    expect(audit?.before).toMatchObject({ contactEmail: null, enabledLocales: ['fi', 'sv', 'en'], accessibilityStatementDate: null });
    expect(audit?.after).toMatchObject({
      name: { fi: 'Testilän kunta', sv: 'Testby kommun' },
      contactEmail: 'kirjaamo@testila.example',
      enabledLocales: ['fi', 'sv'],
      accessibilityStatementDate: '2026-11-20T00:00:00.000Z',
    });
  });

  it('clears optional fields when they are emptied', async () => {
    const org = await createTestOrganization('clear');
    const admin = await actorFor((await createTestUser(org.id, { label: 'admin', orgRoles: ['ADMIN'] })).id);
    const base = { name: { fi: 'Kunta' }, enabledLocales: ['fi'], timeZone: 'Europe/Stockholm' };
    await updateOrganization(admin, parseInput(OrganizationSettingsSchema, { ...base, contactEmail: 'a@b.example', accessibilityStatementDate: '2026-01-01' }));
    await updateOrganization(admin, parseInput(OrganizationSettingsSchema, { ...base, contactEmail: '', accessibilityStatementDate: '' }));

    const row = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(row.contactEmail).toBeNull();
    expect(row.accessibilityStatementDate).toBeNull();
    expect(row.timeZone).toBe('Europe/Stockholm');
    expect(row.name).toEqual({ fi: 'Kunta' });
    expect(await db.auditLog.count({ where: { organizationId: org.id, action: 'organization.update' } })).toBe(2);
  });

  it('rejects invalid settings with field errors before anything is stored', async () => {
    const org = await createTestOrganization('invalid');
    const before = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    let error: unknown;
    try {
      parseInput(OrganizationSettingsSchema, { name: { fi: '' }, contactEmail: 'x', enabledLocales: ['sv'], timeZone: 'Nowhere/City' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    expect(Object.keys((error as AppError).fieldErrors ?? {}).sort()).toEqual(['contactEmail', 'enabledLocales', 'name.fi', 'timeZone']);
    const after = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(await db.auditLog.count({ where: { organizationId: org.id } })).toBe(0);
  });
});
