import { describe, expect, it } from 'vitest';
import { OrganizationRoleChangeSchema, UserRefSchema, UserSearchSchema } from './admin-schema';

describe('UserSearchSchema', () => {
  it('defaults to the first page without filters', () => {
    expect(UserSearchSchema.parse({})).toEqual({ q: undefined, role: undefined, page: 1 });
    expect(UserSearchSchema.parse({ q: '', role: '', page: '' })).toEqual({ q: undefined, role: undefined, page: 1 });
  });

  it('parses query-string values', () => {
    expect(UserSearchSchema.parse({ q: ' aino ', role: 'STAFF', page: '3' })).toEqual({ q: 'aino', role: 'STAFF', page: 3 });
  });

  it.each([{ role: 'OWNER' }, { page: '0' }, { page: 'abc' }, { page: '1.5' }, { q: 'x'.repeat(201) }])('rejects %j', (input) => {
    expect(UserSearchSchema.safeParse(input).success).toBe(false);
  });
});

describe('role change and user reference', () => {
  it('accepts only the organization roles', () => {
    expect(OrganizationRoleChangeSchema.safeParse({ userId: 'u1', role: 'STAFF' }).success).toBe(true);
    expect(OrganizationRoleChangeSchema.safeParse({ userId: 'u1', role: 'ADMIN' }).success).toBe(true);
    expect(OrganizationRoleChangeSchema.safeParse({ userId: 'u1', role: 'COORDINATOR' }).success).toBe(false);
  });

  it('requires a user id of sensible length', () => {
    expect(UserRefSchema.safeParse({ userId: '' }).success).toBe(false);
    expect(UserRefSchema.safeParse({ userId: 'x'.repeat(65) }).success).toBe(false);
    expect(UserRefSchema.safeParse({}).success).toBe(false);
  });
});
