#!/usr/bin/env node
/**
 * Long threads (issue 7): a debate (or, without a debates component, a news post) with 100 comments (20 on the
 * debate, a full first page) and then with 100 000 (10 000 on the debate, the rest replies up to three levels deep), measured at 16 connections against
 * /api/health of the same server in the same run: the thread's first page, a deep page (by the cursor of the
 * 9 000th comment), the API's comment list and a deep page of it — throughput ratio, p50/p99. Then posting: comments
 * sent through the real server action (postCommentAction, by id from the build's manifest) by signed-in bench users
 * versus a bare `pg` INSERT of the same number of rows at the same concurrency. Everything the benchmark adds is
 * removed at the end.
 *
 * Usage: node bench/comments.mjs [baseUrl=http://localhost:3000] --database-url=postgresql://… [--comments=100000]
 *        [--top=10000] [--baseline=100] [--posts=500] [--seconds=3] [--connections=16]
 * Starts nothing: run the production server on that database first (bench/README.md). Run it from the checkout the
 * server was built from: the action's id is read from .next/server/server-reference-manifest.json.
 * Aims (issue 7): thread pages ≥ 0.3× health, and no more than 20 % slower with 100 000 comments than with 100.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createLoadClient } from './load-client.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const baseUrl = new URL(args.find((a) => !a.startsWith('--')) ?? 'http://localhost:3000');
const DATABASE_URL = option('database-url', process.env.DATABASE_URL ?? '');
const COMMENTS = Number(option('comments', '100000'));
const TOP = Number(option('top', '10000'));
const BASELINE = Number(option('baseline', '100'));
const POSTS = Number(option('posts', '500'));
const SECONDS = Number(option('seconds', '3'));
const CONNECTIONS = Number(option('connections', '16'));
const MARK = 'benchc';
const PASSWORD = 'Kuopio-demo-2026';
/** --keep leaves the thread in place (to look at it, or EXPLAIN its queries); the next run removes it first. */
const KEEP = args.includes('--keep');

if (!DATABASE_URL) {
  console.error('Give --database-url (the database the server runs on) so the benchmark can add and remove comments.');
  process.exit(2);
}
const load = createLoadClient({ baseUrl, connections: CONNECTIONS, seconds: SECONDS });
const db = new pg.Pool({ connectionString: DATABASE_URL, max: CONNECTIONS + 1 });
const q = (text, values) => db.query(text, values);

/** The resource the thread hangs on: a new debate in a debates component of Neulamäki, else a new news post. */
async function createResource() {
  const { rows } = await q(
    `SELECT c.id, c.kind, c."spaceId", s.slug, s."organizationId" FROM "Component" c JOIN "Space" s ON s.id = c."spaceId"
     WHERE s.slug = 'lahioohjelma-2026-neulamaki' AND c.kind IN ('debates', 'news') AND c."isPublished" AND c."archivedAt" IS NULL
     ORDER BY c.kind = 'debates' DESC LIMIT 1`,
  );
  const c = rows[0];
  if (!c) throw new Error('No debates or news component in lahioohjelma-2026-neulamaki: is the demo seeded?');
  const id = `${MARK}resource`;
  if (c.kind === 'debates') {
    await q(`INSERT INTO "Debate" (id, "componentId", title, description, "isOfficial", "updatedAt") VALUES ($1, $2, '{"fi":"Pitkä keskustelu"}', '{"fi":"Vertailukohta"}', true, now())`, [id, c.id]);
  } else {
    await q(`INSERT INTO "NewsPost" (id, "componentId", title, body, summary, "publishAt", "updatedAt") VALUES ($1, $2, '{"fi":"Pitkä ketju"}', '{"fi":"x"}', '{}', now() - interval '1 day', now())`, [id, c.id]);
  }
  return { id, type: c.kind === 'debates' ? 'debate' : 'news_post', componentId: c.id, organizationId: c.organizationId, path: `/fi/spaces/${c.slug}/c/${c.id}/${id}` };
}

/** Bench residents (the demo resident's password hash copied), for authors, upvoters and posting through the action. */
async function createUsers(n, organizationId) {
  await q(
    `INSERT INTO "User" (id, "organizationId", email, "passwordHash", "displayName", "emailVerifiedAt", "updatedAt")
     SELECT '${MARK}user' || g, $1, '${MARK}' || g || '@bench.example', (SELECT "passwordHash" FROM "User" WHERE email = 'resident@kuopio.example'),
            'Penkki ' || g, now(), now()
     FROM generate_series(1, $2::int) g`,
    [organizationId, n],
  );
}

/**
 * Comments numbered from..to on the resource: the first share on the resource itself, the rest replies one, two and
 * three levels down (60/30/10 %), written straight into the table with their counts recomputed as the app keeps them.
 */
async function addComments(r, total, top) {
  const replies = total - top;
  const d1 = Math.floor(replies * 0.6);
  const d2 = Math.floor(replies * 0.3);
  const d3 = replies - d1 - d2;
  const insert = (depth, count, parentSql) =>
    q(
      `INSERT INTO "Comment" (id, "organizationId", "componentId", "resourceType", "resourceId", "parentId", depth, "authorId", body, locale, "createdAt")
       SELECT '${MARK}' || ${depth} || 'x' || g, $1, $2, $3, $4, ${parentSql}, ${depth}, '${MARK}user' || (1 + g % 50),
              'Kommentti ' || g || ' tasolla ${depth}: lähiön kehittämisestä', 'fi', now() - interval '30 days' + (g || ' seconds')::interval + interval '${depth} hours'
       FROM generate_series(1, $5::int) g`,
      [r.organizationId, r.componentId, r.type, r.id, count],
    );
  await insert(0, top, 'NULL');
  await insert(1, d1, `'${MARK}0x' || (1 + g % ${top})`);
  if (d2 > 0) await insert(2, d2, `'${MARK}1x' || (1 + g % ${Math.max(1, d1)})`);
  if (d3 > 0) await insert(3, d3, `'${MARK}2x' || (1 + g % ${Math.max(1, d2)})`);
  // Upvotes on every seventh comment on the resource, so "top" has an order to follow.
  await q(
    `INSERT INTO "CommentUpvote" ("commentId", "userId") SELECT c.id, '${MARK}user' || u FROM "Comment" c, generate_series(1, 3) u
     WHERE c."resourceId" = $1 AND c.depth = 0 AND substr(c.id, 9)::int % 7 = 0 ON CONFLICT DO NOTHING`,
    [r.id],
  );
  await recount(r);
}

async function recount(r) {
  await q(
    `UPDATE "Comment" c SET "replyCount" = coalesce(x.n, 0), "upvoteCount" = coalesce(v.n, 0)
     FROM "Comment" c2
     LEFT JOIN (SELECT "parentId", count(*)::int n FROM "Comment" WHERE "resourceId" = $1 GROUP BY 1) x ON x."parentId" = c2.id
     LEFT JOIN (SELECT "commentId", count(*)::int n FROM "CommentUpvote" GROUP BY 1) v ON v."commentId" = c2.id
     WHERE c.id = c2.id AND c."resourceId" = $1`,
    [r.id],
  );
  await q(
    `INSERT INTO "CommentStats" ("resourceType", "resourceId", count, "lastCommentAt")
     SELECT $2, $1, count(*)::int, max("createdAt") FROM "Comment" WHERE "resourceId" = $1
     ON CONFLICT ("resourceType", "resourceId") DO UPDATE SET count = EXCLUDED.count, "lastCommentAt" = EXCLUDED."lastCommentAt"`,
    [r.id, r.type],
  );
  await q('ANALYZE "Comment"');
}

async function removeAll() {
  await q(`DELETE FROM "Comment" WHERE "resourceId" = '${MARK}resource'`);
  await q(`DELETE FROM "CommentStats" WHERE "resourceId" = '${MARK}resource'`);
  await q(`DELETE FROM "Follow" WHERE "targetId" = '${MARK}resource'`);
  await q(`DELETE FROM "Debate" WHERE id = '${MARK}resource'`).catch(() => undefined);
  await q(`DELETE FROM "NewsPost" WHERE id = '${MARK}resource'`);
  await q(`DELETE FROM "Session" WHERE "userId" LIKE '${MARK}user%'`);
  await q(`DELETE FROM "User" WHERE id LIKE '${MARK}user%'`);
}

/** The thread cursor after the n-th comment on the resource (oldest first), as the "show more" link carries it. */
async function deepCursor(r, n) {
  const { rows } = await q(
    `SELECT id, "createdAt" FROM "Comment" WHERE "resourceId" = $1 AND "parentId" IS NULL ORDER BY "createdAt", id OFFSET $2 LIMIT 1`,
    [r.id, n - 1],
  );
  const thread = Buffer.from(JSON.stringify({ s: 'oldest', a: rows[0].createdAt.toISOString(), i: rows[0].id })).toString('base64url');
  return { page: thread, api: Buffer.from(JSON.stringify({ after: thread })).toString('base64url') };
}

async function measureReads(r, deepAt) {
  const cursor = await deepCursor(r, deepAt);
  const api = `/api/v1/comments?resource_type=${r.type}&resource_id=${r.id}&limit=50`;
  const paths = [
    ['thread, first page', r.path],
    [`thread, page after #${deepAt}`, `${r.path}?jatka=${cursor.page}`],
    ['API, first page', api],
    [`API, after #${deepAt}`, `${api}&cursor=${cursor.api}`],
  ];
  await new Promise((resolve) => setTimeout(resolve, 2000)); // the shared page cache renders anew within 1.5 s (ADR 019)
  const rows = [];
  for (const [name, p] of paths) {
    await load.request(p, { headers: { accept: 'text/html' } }); // warm up
    const { page, health, ratio } = await load.ratioAgainstHealth(p, {});
    rows.push({ name, rps: page.rps, p50: page.p50, p99: page.p99, health, ratio, statuses: page.statuses });
  }
  return rows;
}

/** The id of postCommentAction in this checkout's build. */
function postActionId() {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8'));
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === 'postCommentAction');
  if (!found) throw new Error('postCommentAction is not in .next/server/server-reference-manifest.json: run from the built checkout.');
  return found[0];
}

/** Comments per second through the server action: each bench user posts up to five (the per-minute limit). */
async function postThroughAction(r, cookies, count) {
  const actionId = postActionId();
  let next = 0;
  let ok = 0;
  const statuses = new Map();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (;;) {
        const i = next++;
        if (i >= count) return;
        const res = await load.request(r.path, {
          method: 'POST',
          headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: baseUrl.origin, cookie: cookies[i % cookies.length] },
          body: JSON.stringify([{ resourceType: r.type, resourceId: r.id, body: `Toimintokommentti ${i}`, alignment: '', parentId: null }]),
        });
        const okBody = res.body.toString('utf8').includes('"ok":true');
        statuses.set(`${res.status}${okBody ? '' : ' refused'}`, (statuses.get(`${res.status}${okBody ? '' : ' refused'}`) ?? 0) + 1);
        if (okBody) ok += 1;
      }
    }),
  );
  return { perSecond: ok / ((performance.now() - started) / 1000), ok, statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(' ') };
}

/** The same number of rows by a bare INSERT each, at the same concurrency. */
async function postBare(r, count) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (;;) {
        const i = next++;
        if (i >= count) return;
        await q(
          `INSERT INTO "Comment" (id, "organizationId", "componentId", "resourceType", "resourceId", depth, "authorId", body, locale)
           VALUES ($1, $2, $3, $4, $5, 0, $6, $7, 'fi')`,
          [`${MARK}bare${i}`, r.organizationId, r.componentId, r.type, r.id, `${MARK}user${1 + (i % 50)}`, `Suora lisäys ${i}`],
        );
      }
    }),
  );
  return { perSecond: count / ((performance.now() - started) / 1000) };
}

async function main() {
  await removeAll();
  const users = Math.max(50, Math.ceil(POSTS / 5));
  const r = await createResource();
  await createUsers(users, r.organizationId);
  console.log(`${baseUrl.origin}: ${CONNECTIONS} connections, ${SECONDS} s per measurement; thread on ${r.type} ${r.path}`);

  // The small thread fills a first page as the large one does (20 comments on the resource, the rest replies), so
  // that both render about as much and the comparison is about the thread's size, not the page's.
  await addComments(r, BASELINE, Math.min(BASELINE, 20));
  const small = await measureReads(r, 1);
  await q(`DELETE FROM "Comment" WHERE "resourceId" = $1`, [r.id]);
  const seeding = performance.now();
  await addComments(r, COMMENTS, TOP);
  console.log(`seeded ${COMMENTS} comments (${TOP} on the resource) in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  const large = await measureReads(r, Math.min(9000, TOP));

  const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
  const table = small.map((s, i) => {
    const l = large[i];
    return {
      measured: l.name.replace(/#\d+/, '#n'),
      [`ratio (${BASELINE})`]: fmt(s.ratio, 2),
      [`ratio (${COMMENTS})`]: fmt(l.ratio, 2),
      'p50/p99 ms (large)': `${fmt(l.p50)}/${fmt(l.p99)}`,
      'slower with more': `${fmt(((s.ratio - l.ratio) / s.ratio) * 100, 0)} %`,
      statuses: l.statuses,
    };
  });
  console.table(table);

  if (POSTS === 0) return;
  console.log(`posting ${POSTS} comments: signing in ${Math.ceil(POSTS / 5)} bench users…`);
  const cookies = [];
  for (let i = 1; i <= Math.ceil(POSTS / 5); i++) cookies.push(await load.signIn(`${MARK}${i}@bench.example`, PASSWORD));
  const viaAction = await postThroughAction(r, cookies, POSTS);
  const bare = await postBare(r, POSTS);
  console.table([
    { how: 'server action (postCommentAction)', 'comments/s': fmt(viaAction.perSecond), stored: viaAction.ok, statuses: viaAction.statuses },
    { how: 'bare pg INSERT', 'comments/s': fmt(bare.perSecond), stored: POSTS, statuses: '' },
  ]);
  console.log(`action / bare insert: ${fmt(viaAction.perSecond / bare.perSecond, 3)}`);

  const missed = table.filter((row, i) => (i < 2 && large[i].ratio < 0.3) || (small[i].ratio - large[i].ratio) / small[i].ratio > 0.2);
  console.log(missed.length === 0 ? 'All aims met.' : `Aims missed: ${missed.map((m) => m.measured).join(', ')}`);
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
