import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/core/errors';

/**
 * The organization this installation serves (ORGANIZATION_SLUG). Records carry organizationId so that several
 * municipalities can later share one installation; until then every query scopes by this organization.
 */
export const getCurrentOrganization = cache(async () => {
  const org = await db.organization.findUnique({ where: { slug: env().ORGANIZATION_SLUG } });
  if (!org) throw new AppError('NOT_FOUND', `Organization "${env().ORGANIZATION_SLUG}" does not exist: run the seed`);
  return org;
});
