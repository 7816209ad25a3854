import { describe, expect, it } from 'vitest';
import { organizationActors } from '@/tests/factories/permission-actors';
import { canManageUsers, canReadAccessibilityFeedback, canReadMailDeliveries, canReadOutbox, canViewAuditLog } from './permissions';

const who = organizationActors;

// Every organization-level screen: only organization admins, nobody else (deny by default).
const table: [keyof typeof who, boolean][] = [
  ['anonymous', false],
  ['resident', false],
  ['staff', false],
  ['spaceAdmin', false],
  ['coordinator', false],
  ['evaluator', false],
  ['moderator', false],
  ['orgAdmin', true],
  ['orgAdminAndStaff', true],
];

describe.each([
  ['canManageUsers', canManageUsers],
  ['canViewAuditLog', canViewAuditLog],
  ['canReadOutbox', canReadOutbox],
  ['canReadMailDeliveries', canReadMailDeliveries],
  ['canReadAccessibilityFeedback', canReadAccessibilityFeedback],
] as const)('%s', (_name, permission) => {
  it.each(table)('%s → %s', (key, expected) => {
    expect(permission(who[key])).toBe(expected);
  });
});
