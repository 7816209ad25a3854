import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { AUDIT_ACTION_LABELS, AUDIT_TARGET_TYPE_LABELS, auditActionLabelKey, auditTargetTypeLabelKey } from './audit-labels';

function auditMessages(locale: string) {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', locale, 'audit.json'), 'utf8')) as {
    actions: Record<string, string>;
    targetTypes: Record<string, string>;
  };
}

describe('audit labels', () => {
  it('maps known codes and leaves unknown ones unlabelled (shown raw)', () => {
    expect(auditActionLabelKey('user.role_grant')).toBe('userRoleGrant');
    expect(auditActionLabelKey('idea.answer')).toBeNull();
    expect(auditActionLabelKey('toString')).toBeNull();
    expect(auditTargetTypeLabelKey('User')).toBe('user');
    expect(auditTargetTypeLabelKey('Idea')).toBe('idea');
    expect(auditTargetTypeLabelKey('Proposal')).toBeNull();
  });

  it.each(locales)('every label has a message in %s', (locale) => {
    const messages = auditMessages(locale);
    for (const key of Object.values(AUDIT_ACTION_LABELS)) expect(messages.actions[key], `actions.${key}`).toBeTruthy();
    for (const key of Object.values(AUDIT_TARGET_TYPE_LABELS)) expect(messages.targetTypes[key], `targetTypes.${key}`).toBeTruthy();
  });
});
