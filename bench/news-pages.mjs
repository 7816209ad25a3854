#!/usr/bin/env node
/**
 * News under load (issue 6): the news list of a space, the area page with its news section, the area's Atom feed
 * and the API's news list, each against /api/health of the same server in the same run (16 connections), anonymous
 * and signed in as a resident — first with 50 posts (the issue's baseline: the demo's plus added ones, so every
 * list's first page is full), then with 5 000, spread over the areas of the Kuopio demo, so the slowdown from data
 * growth shows. The added posts are removed at the end.
 *
 * Usage: node bench/news-pages.mjs [baseUrl=http://localhost:3000] --database-url=postgresql://… [--posts=5000] [--baseline=50]
 *        [--seconds=3] [--connections=16] [--email=resident@kuopio.example] [--password=Kuopio-demo-2026]
 * Starts nothing: run `npm start` (or serve.mjs) against that database first (see bench/README.md).
 * Aims (issue 6): anonymous pages ≥ 0.3× health; no page more than 20 % slower with 5 000 posts than with 50.
 */
import pg from 'pg';
import { createLoadClient } from './load-client.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const baseUrl = new URL(args.find((a) => !a.startsWith('--')) ?? 'http://localhost:3000');
const DATABASE_URL = option('database-url', process.env.DATABASE_URL ?? '');
const POSTS = Number(option('posts', '5000'));
const BASELINE = Number(option('baseline', '50'));
const SECONDS = Number(option('seconds', '3'));
const CONNECTIONS = Number(option('connections', '16'));
const EMAIL = option('email', 'resident@kuopio.example');
const PASSWORD = option('password', 'Kuopio-demo-2026');
const MARK = 'bench-news-';

if (!DATABASE_URL) {
  console.error('Give --database-url (the database the server runs on) so the benchmark can add and remove posts.');
  process.exit(2);
}
const load = createLoadClient({ baseUrl, connections: CONNECTIONS, seconds: SECONDS });
const db = new pg.Client({ connectionString: DATABASE_URL });

/** The Neulamäki news component: where the demo's posts are and the bench's go. */
async function newsComponent() {
  const { rows } = await db.query(
    `SELECT c.id, s.slug FROM "Component" c JOIN "Space" s ON s.id = c."spaceId"
     WHERE c.kind = 'news' AND s.slug = 'lahioohjelma-2026-neulamaki' AND c."archivedAt" IS NULL LIMIT 1`,
  );
  if (!rows[0]) throw new Error('No news component in lahioohjelma-2026-neulamaki: is the demo seeded?');
  return rows[0];
}

/** Posts numbered from..to, spread over two years and over two areas each, in one statement each. */
async function addPosts(componentId, from, to) {
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO "NewsPost" (id, "componentId", title, body, summary, "publishAt", "isPinned", "createdAt", "updatedAt")
     SELECT '${MARK}' || g, $1, jsonb_build_object('fi', 'Testitiedote ' || g), jsonb_build_object('fi', 'Tiedotteen teksti ' || g),
            jsonb_build_object('fi', 'Tiivistelmä ' || g), now() - (g || ' hours')::interval * 3, false, now(), now()
     FROM generate_series($2::int, $3::int) g`,
    [componentId, from, to],
  );
  await db.query(
    `INSERT INTO "NewsPostArea" ("postId", "areaId")
     SELECT p.id, a.id FROM "NewsPost" p
     JOIN LATERAL (SELECT id FROM "Area" ORDER BY md5(p.id || id) LIMIT 2) a ON true
     WHERE p.id LIKE '${MARK}%' AND NOT EXISTS (SELECT 1 FROM "NewsPostArea" x WHERE x."postId" = p.id)`,
  );
  await db.query('COMMIT');
}

async function removePosts() {
  await db.query(`DELETE FROM "NewsPost" WHERE id LIKE '${MARK}%'`);
}

async function measure(paths, audiences) {
  const rows = [];
  for (const audience of audiences) {
    for (const path of paths) {
      await load.request(path, { headers: audience.headers }); // warm up
      const { page, health, ratio } = await load.ratioAgainstHealth(path, audience.headers);
      rows.push({ audience: audience.name, path, rps: page.rps, p50: page.p50, p99: page.p99, health, ratio, statuses: page.statuses });
    }
  }
  return rows;
}

async function main() {
  await db.connect();
  await removePosts();
  const { id: componentId, slug } = await newsComponent();
  const paths = [
    `/fi/spaces/${slug}/c/${componentId}`,
    '/fi/areas/neulamaki',
    '/fi/areas/neulamaki/news.xml',
    '/api/v1/news?limit=50',
  ];
  const audiences = [
    { name: 'anonymous', headers: {} },
    { name: 'resident', headers: { cookie: await load.signIn(EMAIL, PASSWORD) } },
  ];
  const count = async () => (await db.query(`SELECT count(*)::int AS n FROM "NewsPost"`)).rows[0].n;
  const demo = await count();
  if (demo < BASELINE) await addPosts(componentId, 1, BASELINE - demo);
  const before = await count();
  await new Promise((r) => setTimeout(r, 2000)); // the shared page cache renders anew within 1.5 s (ADR 019)
  console.log(`${baseUrl.origin}: ${CONNECTIONS} connections, ${SECONDS} s per measurement; ${before} posts in the database`);
  const small = await measure(paths, audiences);
  await addPosts(componentId, BASELINE, BASELINE + POSTS - before);
  await new Promise((r) => setTimeout(r, 2000));
  const after = await count();
  console.log(`now ${after} posts`);
  const large = await measure(paths, audiences);
  await removePosts();

  const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
  const table = small.map((s, i) => {
    const l = large[i];
    // Compared as ratios to /api/health of the same moment: absolute rates drift with the machine's other load.
    const slowdown = (s.ratio - l.ratio) / s.ratio;
    return {
      audience: s.audience,
      page: s.path.length > 44 ? `${s.path.slice(0, 41)}…` : s.path,
      [`ratio (${before})`]: fmt(s.ratio, 2),
      [`ratio (${POSTS})`]: fmt(l.ratio, 2),
      'p50/p99 ms': `${fmt(l.p50)}/${fmt(l.p99)}`,
      'slower with more posts': `${fmt(slowdown * 100, 0)} %`,
      statuses: l.statuses,
    };
  });
  console.table(table);
  const missed = table.filter((r, i) => (r.audience === 'anonymous' && large[i].ratio < 0.3) || (small[i].ratio - large[i].ratio) / small[i].ratio > 0.2);
  console.log(missed.length === 0 ? 'All aims met.' : `Aims missed: ${missed.map((r) => `${r.audience} ${r.page}`).join(', ')}`);
  process.exitCode = missed.length === 0 ? 0 : 1;
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  })
  .finally(async () => {
    await removePosts().catch(() => undefined);
    await db.end().catch(() => undefined);
    load.destroy();
  });
