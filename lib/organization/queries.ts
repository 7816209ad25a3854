import 'server-only';
import { db } from '@/lib/db';
import { asLocalizedText } from '@/lib/core/localized-text';
import { AppError } from '@/lib/core/errors';

/** The editable settings of an organization, shaped as the settings form's default values. */
export async function getOrganizationSettings(organizationId: string) {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      slug: true,
      name: true,
      contactEmail: true,
      accessibilityContactEmail: true,
      enabledLocales: true,
      timeZone: true,
      accessibilityStatementDate: true,
      updatedAt: true,
    },
  });
  if (!org) throw new AppError('NOT_FOUND');
  const name = asLocalizedText(org.name);
  return {
    id: org.id,
    slug: org.slug,
    updatedAt: org.updatedAt,
    values: {
      name: { fi: name.fi ?? '', sv: name.sv ?? '', en: name.en ?? '' },
      contactEmail: org.contactEmail ?? '',
      accessibilityContactEmail: org.accessibilityContactEmail ?? '',
      enabledLocales: org.enabledLocales,
      timeZone: org.timeZone,
      accessibilityStatementDate: org.accessibilityStatementDate?.toISOString().slice(0, 10) ?? '',
    },
  };
}
