import crypto from 'node:crypto';
import pg from 'pg';
import { demoUsers } from './fixtures';

/**
 * A resident of the demo organization with no role and no membership, made for one test: other journeys grant the
 * demo resident roles (STAFF in admin-org.spec.ts), so it cannot be relied on to stay plain. Same password as the
 * demo users (the hash is copied). Returns the address.
 */
export async function createPlainResident({ locale = 'fi', label = 'plain' }: { locale?: 'fi' | 'sv' | 'en'; label?: string } = {}): Promise<string> {
  const email = `${label}-${crypto.randomBytes(4).toString('hex')}@kuopio.example`;
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "User" (id, "organizationId", email, "passwordHash", "displayName", "preferredLocale", "emailVerifiedAt", "updatedAt")
       SELECT $1, "organizationId", $2, "passwordHash", 'Tavallinen Asukas', $4, now(), now() FROM "User" WHERE email = $3`,
      [`plain${crypto.randomBytes(8).toString('hex')}`, email, demoUsers.resident, locale],
    ),
  );
  return email;
}

/** Runs queries on the e2e database directly (arranging what a journey is not about). */
export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Arranges what a journey is not about for a person: following an area of the demo organization, and optionally
 * mail at once about news and consent to newsletters.
 */
export async function arrangeAreaFollower(email: string, areaSlug: string, { immediateNews = false, newsletters = false } = {}): Promise<void> {
  await withDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT u.id, a.id AS "areaId" FROM "User" u JOIN "Area" a ON a."organizationId" = u."organizationId" WHERE u.email = $1 AND a.slug = $2`,
      [email, areaSlug],
    );
    if (!rows[0]) throw new Error(`no user ${email} or area ${areaSlug}`);
    await client.query(`INSERT INTO "Follow" (id, "userId", "targetType", "targetId") VALUES ($1, $2, 'area', $3)`, [`f${crypto.randomBytes(10).toString('hex')}`, rows[0].id, rows[0].areaId]);
    if (immediateNews) {
      await client.query(`INSERT INTO "NotificationPreference" ("userId", kind, email, "updatedAt") VALUES ($1, 'news_published', 'IMMEDIATE', now())`, [rows[0].id]);
    }
    if (newsletters) await client.query(`UPDATE "User" SET "newsletterConsentAt" = now() WHERE id = $1`, [rows[0].id]);
  });
}
