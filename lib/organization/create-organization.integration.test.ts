import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';
import { CreateOrganizationError, createOrganizationWithAdmin } from './create-organization';

const suffix = () => Math.random().toString(36).slice(2, 8);
const ROOT = path.resolve(__dirname, '../..');

function validInput(slug: string) {
  return {
    slug,
    nameFi: 'Mikkelin kaupunki',
    nameSv: 'S:t Michels stad',
    adminEmail: ` Anna.Admin@${slug}.example `,
    adminName: 'Anna Ylläpitäjä',
    password: 'Mikkeli-ensimmainen-2026',
  };
}

async function storedFor(slug: string) {
  const org = await db.organization.findUnique({ where: { slug } });
  const users = org ? await db.user.findMany({ where: { organizationId: org.id }, include: { orgRoles: true } }) : [];
  const audits = org ? await db.auditLog.findMany({ where: { organizationId: org.id } }) : [];
  return { org, users, audits };
}

function runOrgCreate(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/create-organization.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('createOrganizationWithAdmin', () => {
  it('creates the organization, a confirmed admin account with the ADMIN role, and an audit record', async () => {
    const slug = `mikkeli-${suffix()}`;
    const created = await createOrganizationWithAdmin(db, validInput(slug));

    const { org, users, audits } = await storedFor(slug);
    expect(org).toMatchObject({ id: created.organizationId, name: { fi: 'Mikkelin kaupunki', sv: 'S:t Michels stad', en: 'Mikkelin kaupunki' } });
    expect(users).toHaveLength(1);
    const [admin] = users;
    expect(admin).toMatchObject({ id: created.adminUserId, email: `anna.admin@${slug}.example`, displayName: 'Anna Ylläpitäjä', blockedAt: null });
    expect(admin!.emailVerifiedAt).toBeInstanceOf(Date);
    expect(admin!.orgRoles.map((r) => r.role)).toEqual(['ADMIN']);
    expect(await verifyPassword(admin!.passwordHash, 'Mikkeli-ensimmainen-2026')).toBe(true);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'organization.create', actorId: null, targetType: 'Organization', targetId: org!.id });
    expect(JSON.stringify(audits[0]!.after)).not.toContain('Mikkeli-ensimmainen-2026');
    expect(JSON.stringify(audits[0]!.after)).not.toContain(admin!.passwordHash);
  });

  it('refuses a slug that exists, storing nothing new', async () => {
    const slug = `mikkeli-${suffix()}`;
    await createOrganizationWithAdmin(db, validInput(slug));
    const again = createOrganizationWithAdmin(db, { ...validInput(slug), adminEmail: `toinen@${slug}.example` });
    await expect(again).rejects.toThrow(CreateOrganizationError);
    await expect(again).rejects.toThrow(`an organization with the slug "${slug}" already exists`);
    const { users, audits } = await storedFor(slug);
    expect(users.map((u) => u.email)).toEqual([`anna.admin@${slug}.example`]);
    expect(audits).toHaveLength(1);
  });

  it.each([
    [{ slug: 'Mikkeli' }, '--slug must be lower-case'],
    [{ slug: '../x' }, '--slug must be lower-case'],
    [{ nameFi: '  ' }, '--name (the Finnish name) is required'],
    [{ nameFi: undefined }, '--name (the Finnish name) is required'],
    [{ adminEmail: 'not-an-email' }, '--admin-email must be an email address'],
    [{ adminName: '' }, '--admin-name is required'],
    [{ password: 'short' }, 'the admin password must be at least 10 characters'],
  ])('refuses %o with a readable message and stores nothing', async (override, expected) => {
    const slug = `mikkeli-${suffix()}`;
    await expect(createOrganizationWithAdmin(db, { ...validInput(slug), ...override })).rejects.toThrow(expected);
    expect((await storedFor(slug)).org).toBeNull();
  });

  it('rolls the organization back when the admin cannot be created', async () => {
    const slug = `mikkeli-${suffix()}`;
    // A display name the database refuses (NUL) fails after the organization row was inserted in the transaction.
    await expect(createOrganizationWithAdmin(db, { ...validInput(slug), adminName: 'Anna\u0000' })).rejects.toThrow();
    expect((await storedFor(slug)).org).toBeNull();
  });
});

describe('npm run org:create', () => {
  it('creates the organization from the command line and prints a generated password once, which signs in', async () => {
    const slug = `savonlinna-${suffix()}`;
    const { code, output } = await runOrgCreate(
      ['--slug', slug, '--name', 'Savonlinnan kaupunki', '--name-en', 'City of Savonlinna', '--admin-email', `admin@${slug}.example`, '--admin-name', 'Sanna Ylläpitäjä'],
      { ORG_ADMIN_PASSWORD: '' },
    );
    expect(output).toContain(`created the organization "${slug}"`);
    expect(code).toBe(0);
    const password = /shown only now[^:]*: (\S+)/.exec(output)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(output).toContain(`ORGANIZATION_SLUG=${slug}`);
    const { org, users } = await storedFor(slug);
    expect(org?.name).toEqual({ fi: 'Savonlinnan kaupunki', sv: 'Savonlinnan kaupunki', en: 'City of Savonlinna' });
    expect(await verifyPassword(users[0]!.passwordHash, password!)).toBe(true);
  });

  it('exits 1 with the problems listed and stores nothing on bad input', async () => {
    const slug = `savonlinna-${suffix()}`;
    const { code, output } = await runOrgCreate(['--slug', slug, '--name', 'Savonlinna', '--admin-email', 'nope', '--admin-name', 'S'], {
      ORG_ADMIN_PASSWORD: 'lyhyt',
    });
    expect(code).toBe(1);
    expect(output).toContain('nothing was stored');
    expect(output).toContain('--admin-email must be an email address');
    expect(output).toContain('the admin password must be at least 10 characters');
    expect((await storedFor(slug)).org).toBeNull();
  });
});
