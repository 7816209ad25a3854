import { describe, expect, it } from 'vitest';
import { AuditFilterSchema } from './filter-schema';

function errorsOf(input: unknown) {
  const r = AuditFilterSchema.safeParse(input);
  const out: Record<string, string> = {};
  // The first message of each field, as the form shows it.
  if (!r.success) for (const i of r.error.issues) out[i.path.join('.')] ??= i.message;
  return out;
}

describe('AuditFilterSchema', () => {
  it('treats empty query parameters as no filter', () => {
    expect(AuditFilterSchema.parse({ action: '', actorEmail: '', targetType: '', from: '', to: '' })).toEqual({
      action: undefined,
      actorEmail: undefined,
      targetType: undefined,
      spaceId: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
  });

  it('accepts valid filters', () => {
    expect(
      AuditFilterSchema.parse({ action: 'user.role_grant', actorEmail: ' Admin@Kuopio.example ', targetType: 'User', from: '2026-11-01', to: '2026-11-01', page: '2' }),
    ).toMatchObject({ action: 'user.role_grant', actorEmail: 'admin@kuopio.example', targetType: 'User', from: '2026-11-01', to: '2026-11-01', page: 2 });
  });

  it.each([
    ['action', { action: "x'; drop table" }, 'invalidFormat'],
    ['action', { action: 'User.Create' }, 'invalidFormat'],
    ['targetType', { targetType: 'User<script>' }, 'invalidFormat'],
    ['spaceId', { spaceId: '../etc' }, 'invalidFormat'],
    ['from', { from: '2026-02-31' }, 'invalidDate'],
    ['to', { to: 'yesterday' }, 'invalidDate'],
    ['to', { from: '2026-11-02', to: '2026-11-01' }, 'dateOrder'],
    ['page', { page: '-1' }, 'tooSmall|{"min":1}'],
  ])('reports a bad %s', (field, input, message) => {
    expect(errorsOf(input)[field]).toBe(message);
  });
});

