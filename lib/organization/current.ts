import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/core/errors';

/**
 * Every page reads the organization (name, languages, time zone) at least once, signed in or not. It changes
 * rarely, so one read per second per process is shared by all requests; instances share only PostgreSQL, and one
 * second keeps a change visible everywhere within the two seconds that public pages promise (ADR 019).
 */
const ORGANIZATION_TTL_MS = 1000;
type Organization = NonNullable<Awaited<ReturnType<typeof readOrganization>>>;
let shared: { at: number; value: Promise<Organization> } | undefined;

function readOrganization() {
  return db.organization.findUnique({ where: { slug: env().ORGANIZATION_SLUG } });
}

async function loadOrganization(): Promise<Organization> {
  const org = await readOrganization();
  if (!org) throw new AppError('NOT_FOUND', `Organization "${env().ORGANIZATION_SLUG}" does not exist: run the seed`);
  return org;
}

/**
 * The organization this installation serves (ORGANIZATION_SLUG). Records carry organizationId so that several
 * municipalities can later share one installation; until then every query scopes by this organization.
 */
export const getCurrentOrganization = cache(async (): Promise<Organization> => {
  const now = Date.now();
  if (!shared || now - shared.at >= ORGANIZATION_TTL_MS) {
    const value = loadOrganization();
    shared = { at: now, value };
    // A failed read is not shared: the next request tries again.
    value.catch(() => {
      if (shared?.value === value) shared = undefined;
    });
  }
  return shared.value;
});

/** Forgets the shared copy, so the next read sees a change at once (after the organization form saves). */
export function forgetCurrentOrganization(): void {
  shared = undefined;
}
