import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/core/errors';
import { writeAudit } from '@/lib/audit/write-audit';
import type { OrganizationSettings } from './schema';
import { forgetCurrentOrganization } from './current';

const settingsSelect = {
  name: true,
  contactEmail: true,
  accessibilityContactEmail: true,
  enabledLocales: true,
  timeZone: true,
  accessibilityStatementDate: true,
} as const;

/**
 * Updates the actor's own organization (never one named by the input) and records the change with the values
 * before and after, so a wrong contact address can be traced and restored.
 */
export async function updateOrganization(actor: Actor, input: OrganizationSettings) {
  const result = await db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: actor.organizationId }, select: settingsSelect });
    if (!before) throw new AppError('NOT_FOUND');
    const after = await tx.organization.update({
      where: { id: actor.organizationId },
      data: {
        name: { fi: input.name.fi, ...(input.name.sv ? { sv: input.name.sv } : {}), ...(input.name.en ? { en: input.name.en } : {}) },
        contactEmail: input.contactEmail ?? null,
        accessibilityContactEmail: input.accessibilityContactEmail ?? null,
        enabledLocales: input.enabledLocales,
        timeZone: input.timeZone,
        accessibilityStatementDate: input.accessibilityStatementDate ? new Date(`${input.accessibilityStatementDate}T00:00:00Z`) : null,
      },
      select: { id: true, ...settingsSelect },
    });
    const { id, ...afterValues } = after;
    await writeAudit(tx, actor, { action: 'organization.update', targetType: 'Organization', targetId: id, before, after: afterValues });
    return { id };
  });
  // This process sees the change at once; other instances within the shared copy's second (current.ts).
  forgetCurrentOrganization();
  return result;
}
