/**
 * `npm run org:create -- --slug mikkeli --name "Mikkelin kaupunki" --admin-email anna.admin@mikkeli.fi --admin-name "Anna Ylläpitäjä"`
 *
 * Creates an organization and its first admin in the database of DATABASE_URL (README, "Production deployment").
 * The password comes from ORG_ADMIN_PASSWORD, or is generated and printed once. Exit code 0 on success, 1 with a
 * message on any error; nothing is stored unless everything is (lib/organization/create-organization.ts).
 */
import 'dotenv/config';
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { CreateOrganizationError, createOrganizationWithAdmin } from '../lib/organization/create-organization';

const USAGE = `Usage: npm run org:create -- --slug <slug> --name <Finnish name> [--name-sv <name>] [--name-en <name>]
                          --admin-email <email> --admin-name <name>

  DATABASE_URL         the database (required)
  ORG_ADMIN_PASSWORD   the first admin's password (at least 10 characters); unset: a random one is printed once`;

function fail(message: string): never {
  console.error(`\n[org:create] ${message}\n`);
  process.exit(1);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        slug: { type: 'string' },
        name: { type: 'string' },
        'name-sv': { type: 'string' },
        'name-en': { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const url = process.env.DATABASE_URL;
  if (!url) fail('DATABASE_URL is not set');

  const generated = !process.env.ORG_ADMIN_PASSWORD;
  const password = process.env.ORG_ADMIN_PASSWORD || crypto.randomBytes(18).toString('base64url');
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2, allowExitOnIdle: true }) });
  try {
    const created = await createOrganizationWithAdmin(prisma, {
      slug: values.slug,
      nameFi: values.name,
      nameSv: values['name-sv'],
      nameEn: values['name-en'],
      adminEmail: values['admin-email'],
      adminName: values['admin-name'],
      password,
    });
    console.log(`[org:create] created the organization "${created.slug}" and its admin ${values['admin-email']!.trim().toLowerCase()}.`);
    if (generated) {
      console.log(`[org:create] the admin's password (shown only now; change it after signing in, under Profiili): ${password}`);
    }
    console.log(`[org:create] serve it with ORGANIZATION_SLUG=${created.slug}.`);
  } catch (error) {
    if (error instanceof CreateOrganizationError) fail(`nothing was stored:\n${error.message}\n\n${USAGE}`);
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => fail(`failed, nothing was stored: ${error instanceof Error ? error.message : String(error)}`));
