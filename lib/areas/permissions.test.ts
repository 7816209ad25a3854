import { describe, expect, it } from 'vitest';
import { organizationActors } from '@/tests/factories/permission-actors';
import { canManageArea, canManageAreas } from './permissions';

const who = organizationActors;

const area = { organizationId: 'org1' };

// [who, canManageAreas (create), canManageArea (edit/delete an area of org1)]
const table: [keyof typeof who, boolean, boolean][] = [
  ['anonymous', false, false],
  ['resident', false, false],
  ['staff', false, false],
  ['spaceAdmin', false, false],
  ['coordinator', false, false],
  ['evaluator', false, false],
  ['moderator', false, false],
  ['orgAdmin', true, true],
  ['orgAdminAndStaff', true, true],
  // An admin of another organization may manage its own areas, never these.
  ['otherOrgAdmin', true, false],
];

describe('area permissions', () => {
  it.each(table)('%s: create %s, edit/delete %s', (key, create, manage) => {
    expect(canManageAreas(who[key])).toBe(create);
    expect(canManageArea(who[key], area)).toBe(manage);
  });
});
