/**
 * Creating a new organization together with its first admin: the production way to start an installation
 * (`npm run org:create`, scripts/create-organization.ts; README "Production deployment"). There is no admin yet who
 * could do it in the app, so an operator runs it on the server. Not `server-only`, because that command runs it
 * outside Next.js; it takes the Prisma client from its caller.
 *
 * Messages are English: they are read by the operator at a terminal, not by residents.
 */
import { z } from 'zod';
import type { PrismaClient } from '@/generated/prisma/client';
import { hashPassword } from '@/lib/auth/password';
import { DISPLAY_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from '@/lib/users/account-schema';
import { ORGANIZATION_NAME_MAX } from './schema';

const name = (label: string) =>
  z
    .string(`${label} is required`)
    .trim()
    .min(1, `${label} is required`)
    .max(ORGANIZATION_NAME_MAX, `${label} may be at most ${ORGANIZATION_NAME_MAX} characters`);

export const CreateOrganizationSchema = z.object({
  slug: z
    .string('--slug is required')
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '--slug must be lower-case letters and digits separated by single hyphens, e.g. mikkeli')
    .max(60, '--slug may be at most 60 characters'),
  nameFi: name('--name (the Finnish name)'),
  nameSv: name('--name-sv').optional(),
  nameEn: name('--name-en').optional(),
  adminEmail: z.string('--admin-email is required').trim().toLowerCase().max(254, '--admin-email is too long').pipe(z.email('--admin-email must be an email address')),
  adminName: z
    .string('--admin-name is required')
    .trim()
    .min(1, '--admin-name is required')
    .max(DISPLAY_NAME_MAX, `--admin-name may be at most ${DISPLAY_NAME_MAX} characters`),
  password: z
    .string()
    .min(PASSWORD_MIN, `the admin password must be at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `the admin password may be at most ${PASSWORD_MAX} characters`),
});
export type CreateOrganizationInput = z.output<typeof CreateOrganizationSchema>;

export class CreateOrganizationError extends Error {}

export type CreatedOrganization = { organizationId: string; adminUserId: string; slug: string };

/**
 * Validates, then creates the organization, the admin account (email counted as confirmed: the operator vouches for
 * it) and its ADMIN role in one transaction with an audit record, so a failure leaves nothing behind.
 */
export async function createOrganizationWithAdmin(prisma: PrismaClient, raw: unknown): Promise<CreatedOrganization> {
  const parsed = CreateOrganizationSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CreateOrganizationError(parsed.error.issues.map((issue) => `  - ${issue.message}`).join('\n'));
  }
  const input = parsed.data;
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    // Checked inside the transaction for a readable message; the unique index still decides a race.
    if (await tx.organization.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw new CreateOrganizationError(`  - an organization with the slug "${input.slug}" already exists`);
    }
    const name = { fi: input.nameFi, sv: input.nameSv ?? input.nameFi, en: input.nameEn ?? input.nameFi };
    const organization = await tx.organization.create({ data: { slug: input.slug, name } });
    const admin = await tx.user.create({
      data: {
        organizationId: organization.id,
        email: input.adminEmail,
        passwordHash,
        displayName: input.adminName,
        emailVerifiedAt: new Date(),
        orgRoles: { create: { role: 'ADMIN' } },
      },
    });
    await tx.auditLog.create({
      data: {
        organizationId: organization.id,
        actorId: null, // the operator at the command line, not an account
        action: 'organization.create',
        targetType: 'Organization',
        targetId: organization.id,
        after: { slug: input.slug, name, adminUserId: admin.id, adminEmail: input.adminEmail, via: 'npm run org:create' },
      },
    });
    return { organizationId: organization.id, adminUserId: admin.id, slug: organization.slug };
  });
}
