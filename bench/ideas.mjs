#!/usr/bin/env node
/**
 * Ideas at scale (issue 8): one area's Ideas component with 10 000 ideas (60 % with a pin), 100 000 comments and
 * 50 000 supports, measured at 16 connections against /api/health of the same server in the same run: the list in
 * each order (newest, most supported, most commented, random with a visitor's seed), a text search, the map data and
 * one idea page (the one with the most comments) — throughput ratio, p50/p99. Then 1 000 000 supports exported as CSV
 * by an organization admin through the real route: the time, and the server's peak resident memory while it streams
 * (read from /proc/<pid>/status; the pid is found by the port, or give --server-pid). Everything added is removed.
 *
 * Usage: node bench/ideas.mjs [baseUrl=http://localhost:3000] --database-url=postgresql://… [--ideas=10000]
 *        [--comments=100000] [--supports=50000] [--export-supports=1000000] [--seconds=3] [--connections=16]
 *        [--server-pid=N] [--keep]
 * Aims (issue 8): the default list and an idea page ≥ 0.3× health, random order and text search ≥ 0.15×; the export's
 * peak memory under 250 MB.
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { createLoadClient } from './load-client.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const baseUrl = new URL(args.find((a) => !a.startsWith('--')) ?? 'http://localhost:3000');
const DATABASE_URL = option('database-url', process.env.DATABASE_URL ?? '');
const IDEAS = Number(option('ideas', '10000'));
const COMMENTS = Number(option('comments', '100000'));
const SUPPORTS = Number(option('supports', '50000'));
const EXPORT_SUPPORTS = Number(option('export-supports', '1000000'));
const SECONDS = Number(option('seconds', '3'));
const CONNECTIONS = Number(option('connections', '16'));
const KEEP = args.includes('--keep') || args.includes('--seed-only');
/** --seed-only adds the data and stops (with it kept), to EXPLAIN the queries; the next run removes it first. */
const SEED_ONLY = args.includes('--seed-only');
const MARK = 'benchi';
const PASSWORD = 'Kuopio-demo-2026';

if (!DATABASE_URL) {
  console.error('Give --database-url (the database the server runs on) so the benchmark can add and remove ideas.');
  process.exit(2);
}
const load = createLoadClient({ baseUrl, connections: CONNECTIONS, seconds: SECONDS });
const db = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
const q = (text, values) => db.query(text, values);

async function removeAll() {
  await q(`DELETE FROM "Comment" WHERE "componentId" = '${MARK}comp'`);
  await q(`DELETE FROM "CommentStats" WHERE "resourceId" LIKE '${MARK}idea%'`);
  await q(`DELETE FROM "AuditLog" WHERE "targetId" = '${MARK}comp'`);
  await q(`DELETE FROM "Component" WHERE id = '${MARK}comp'`); // ideas, supports and changes cascade
  await q(`DELETE FROM "Session" WHERE "userId" LIKE '${MARK}user%'`);
  await q(`DELETE FROM "User" WHERE id LIKE '${MARK}user%'`);
}

/** A published Ideas component in Neulamäki's process with every action open, and `users` bench residents. */
async function createComponent(users) {
  const { rows } = await q(
    `SELECT s.id, s.slug, s."organizationId", a.id AS "areaId", a.boundary FROM "Space" s JOIN "SpaceArea" sa ON sa."spaceId" = s.id JOIN "Area" a ON a.id = sa."areaId"
     WHERE s.slug = 'lahioohjelma-2026-neulamaki' LIMIT 1`,
  );
  const s = rows[0];
  if (!s) throw new Error('No lahioohjelma-2026-neulamaki with an area: is the demo seeded?');
  await q(
    `INSERT INTO "Component" (id, "spaceId", kind, name, "isPublished", "publishedAt", settings, "actionSettings", "updatedAt")
     VALUES ($1, $2, 'ideas', '{"fi":"Ideat (vertailu)"}', true, now(), '{}', '{"always":{"create_idea":true,"support":true,"comment":true},"phases":{}}', now())`,
    [`${MARK}comp`, s.id],
  );
  await q(
    `INSERT INTO "User" (id, "organizationId", email, "passwordHash", "displayName", "emailVerifiedAt", "updatedAt")
     SELECT '${MARK}user' || g, $1, '${MARK}' || g || '@bench.example', (SELECT "passwordHash" FROM "User" WHERE email = 'resident@kuopio.example'), 'Penkki ' || g, now(), now()
     FROM generate_series(1, $2::int) g`,
    [s.organizationId, users],
  );
  const ring = s.boundary?.coordinates?.[0] ?? [[27.61, 62.864], [27.64, 62.876]];
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return { ...s, componentId: `${MARK}comp`, box: { west: Math.min(...lngs), east: Math.max(...lngs), south: Math.min(...lats), north: Math.max(...lats) } };
}

const WORDS = ['leikkipuisto', 'penkki', 'valaistus', 'kuntoportaat', 'koirapuisto', 'suojatie', 'kukkaistutus', 'skeittiramppi', 'uimaranta', 'kirjasto', 'pyöräteline', 'ulkokuntosali'];

/** Ideas 1..n (published over the last year, 60 % pinned inside the area), their history, comments and supports. */
async function seed(c) {
  const words = `ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}]`;
  await q(
    `INSERT INTO "Idea" (id, "componentId", "areaId", title, body, locale, "authorId", "publishedAt", state, latitude, longitude, "updatedAt", "createdAt")
     SELECT '${MARK}idea' || g, $1, $2,
       initcap((${words})[1 + g % 12]) || ' ' || g || ' ' || (${words})[1 + (g / 12) % 12],
       'Ehdotan, että alueelle tehdään ' || (${words})[1 + g % 12] || '. Se auttaisi monia asukkaita ja lapsia. Idea numero ' || g || '.',
       CASE WHEN g % 10 = 0 THEN 'sv' ELSE 'fi' END, '${MARK}user' || (1 + g % 500), now() - (g || ' minutes')::interval,
       (ARRAY['SUBMITTED','UNDER_REVIEW','ACCEPTED','REJECTED'])[1 + g % 4]::"IdeaBaseState",
       CASE WHEN g % 5 < 3 THEN $3::float8 + random() * ($4::float8 - $3::float8) END, CASE WHEN g % 5 < 3 THEN $5::float8 + random() * ($6::float8 - $5::float8) END, now(), now()
     FROM generate_series(1, $7::int) g`,
    [c.componentId, c.areaId, c.box.south, c.box.north, c.box.west, c.box.east, IDEAS],
  );
  await q(`INSERT INTO "IdeaStateChange" (id, "ideaId", "toState", "createdAt") SELECT '${MARK}ch' || g, '${MARK}idea' || g, 'SUBMITTED', now() FROM generate_series(1, $1::int) g`, [IDEAS]);
  // Comments: idea 1 gets 2 000 (the page measured), the rest spread over the others.
  await q(
    `INSERT INTO "Comment" (id, "organizationId", "componentId", "resourceType", "resourceId", depth, "authorId", body, locale, "createdAt")
     SELECT '${MARK}c' || g, $1, $2, 'idea', '${MARK}idea' || CASE WHEN g <= 2000 THEN 1 ELSE 2 + g % ($3::int - 1) END, 0, '${MARK}user' || (1 + g % 500),
       'Kommentti ' || g || ': hyvä idea, kannatan.', 'fi', now() - (g || ' seconds')::interval
     FROM generate_series(1, $4::int) g`,
    [c.organizationId, c.componentId, IDEAS, COMMENTS],
  );
  await q(
    `INSERT INTO "CommentStats" ("resourceType", "resourceId", count, "lastCommentAt")
     SELECT 'idea', "resourceId", count(*), max("createdAt") FROM "Comment" WHERE "componentId" = $1 GROUP BY "resourceId"`,
    [c.componentId],
  );
  await addSupports(c, 0, SUPPORTS);
}

/** Supports numbered from..to: bench user u supports ideas (u*7 + k) for k = 0.. — distinct pairs, any count. */
async function addSupports(c, from, to) {
  const users = await q(`SELECT count(*)::int AS n FROM "User" WHERE id LIKE '${MARK}user%'`);
  // The same numbering for every call (from the largest count), so supports added later never repeat earlier pairs.
  const perUser = Math.ceil(Math.max(EXPORT_SUPPORTS, SUPPORTS) / users.rows[0].n);
  // Pairs (user u, idea (u*7 + k) mod IDEAS) are distinct while perUser <= IDEAS, so exactly to - from rows are added.
  if (perUser > IDEAS) throw new Error(`--export-supports needs more bench users or ideas (${perUser} supports per user > ${IDEAS} ideas)`);
  for (let start = from; start < to; start += 100_000) {
    const end = Math.min(to, start + 100_000);
    await q(
      `INSERT INTO "IdeaSupport" ("ideaId", "userId", "componentId", "createdAt")
       SELECT '${MARK}idea' || (1 + ((g / $2::int) * 7 + g % $2::int) % $3::int), '${MARK}user' || (1 + g / $2::int), $1, now()
       FROM generate_series($4::int, $5::int - 1) g ON CONFLICT DO NOTHING`,
      [c.componentId, perUser, IDEAS, start, end],
    );
  }
  await q(`UPDATE "Idea" i SET "supportCount" = s.n FROM (SELECT "ideaId", count(*)::int AS n FROM "IdeaSupport" WHERE "componentId" = $1 GROUP BY "ideaId") s WHERE s."ideaId" = i.id`, [c.componentId]);
  // The steady state autovacuum keeps in production: statistics, and the GIN indexes' pending lists merged (freshly
  // bulk-inserted rows otherwise sit in the pending list, which every text search would scan).
  for (const table of ['Idea', 'IdeaSupport', 'Comment', 'CommentStats']) await q(`VACUUM ANALYZE "${table}"`).catch(() => undefined);
}

async function measure(c) {
  const base = `/fi/spaces/${c.slug}/c/${c.componentId}`;
  const paths = [
    ['list, newest (default)', base, 0.3],
    ['list, most supported', `${base}?jarjestys=kannatetuin`, 0.3],
    ['list, most commented', `${base}?jarjestys=kommentoiduin`, 0.3],
    ['list, random (a visitor\'s seed)', `${base}?jarjestys=satunnainen&siemen=${Math.floor(Math.random() * 1e6)}`, 0.15],
    ['list, text search', `${base}?haku=leikkipuistoon`, 0.15],
    ['map data (API)', `/api/components/${c.componentId}/ideas/map`, null],
    ['idea page (2 000 comments)', `${base}/${MARK}idea1`, 0.3],
  ];
  const rows = [];
  for (const [name, path, aim] of paths) {
    const warm = await load.request(path, { headers: { accept: 'text/html' } });
    if (warm.status !== 200) throw new Error(`${path} answered ${warm.status}`);
    const { page, health, ratio } = await load.ratioAgainstHealth(path, {});
    rows.push({ name, ratio, p50: page.p50, p99: page.p99, health, aim, statuses: page.statuses, bytes: warm.body.length });
  }
  return rows;
}

/** The pid of the server listening on the base URL's port (ss -ltnp), or --server-pid. */
function serverPid() {
  const given = Number(option('server-pid', '0'));
  if (given) return given;
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${baseUrl.port || 80}`], { encoding: 'utf8' });
    const match = /pid=(\d+)/.exec(out);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function rssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}

async function measureExport(c) {
  await addSupports(c, SUPPORTS, EXPORT_SUPPORTS);
  const { rows } = await q(`SELECT count(*)::int AS n FROM "IdeaSupport" WHERE "componentId" = $1`, [c.componentId]);
  const cookie = await load.signIn('admin@kuopio.example', PASSWORD);
  const pid = serverPid();
  const before = pid ? rssMb(pid) : NaN;
  let peak = before;
  const sampler = pid ? setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50) : null;
  const started = performance.now();
  const res = await load.request(`/api/components/${c.componentId}/ideas/export/kannatukset.csv`, { headers: { cookie } });
  const seconds = (performance.now() - started) / 1000;
  if (sampler) clearInterval(sampler);
  const lines = res.body.toString('utf8').split('\r\n').length - 2;
  return { status: res.status, supports: rows[0].n, lines, seconds, mb: res.body.length / 1e6, pid, before, peak };
}

async function main() {
  await removeAll();
  const c = await createComponent(Math.max(500, Math.ceil(EXPORT_SUPPORTS / Math.min(IDEAS, 5000))));
  const t0 = performance.now();
  await seed(c);
  console.log(`${baseUrl.origin}: ${CONNECTIONS} connections, ${SECONDS} s per measurement; seeded ${IDEAS} ideas, ${COMMENTS} comments, ${SUPPORTS} supports in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (SEED_ONLY) return;
  const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
  const reads = await measure(c);
  console.table(reads.map((r) => ({ measured: r.name, ratio: fmt(r.ratio, 2), aim: r.aim ?? '', 'p50/p99 ms': `${fmt(r.p50)}/${fmt(r.p99)}`, 'health rps': fmt(r.health, 0), 'KB': fmt(r.bytes / 1024, 0), statuses: r.statuses })));
  const exported = await measureExport(c);
  console.table([{ measured: `export ${exported.supports} supports`, status: exported.status, 'rows in file': exported.lines, seconds: fmt(exported.seconds), 'file MB': fmt(exported.mb), 'server RSS before MB': fmt(exported.before, 0), 'peak RSS MB': fmt(exported.peak, 0), 'growth MB': fmt(exported.peak - exported.before, 0), pid: exported.pid ?? 'not found' }]);
  const missed = reads.filter((r) => r.aim !== null && r.ratio < r.aim).map((r) => r.name);
  // The aim is the export's own memory: the growth of the server's resident memory while it streams the file.
  if (!(exported.peak - exported.before < 250)) missed.push('export peak memory');
  console.log(missed.length === 0 ? 'All aims met.' : `Aims missed: ${missed.join(', ')}`);
  process.exitCode = missed.length === 0 ? 0 : 1;
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 2;
  })
  .finally(async () => {
    if (!KEEP) await removeAll().catch((e) => console.error('clean-up failed:', e.message));
    await db.end().catch(() => undefined);
    load.destroy();
  });
