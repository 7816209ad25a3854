#!/usr/bin/env node
/**
 * Public pages under load (issue 5, section 5), measured in one run against a running production build:
 *
 *   - throughput of each public page at N connections (default 16), anonymous and signed in as a resident, each
 *     (a resident without roles gets the copy shared with anonymous visitors, ADR 021; so that the row measures what
 *     it claims, a signed-in page without the signed-in mark on <html> stops the run), and for comparison signed in
 *     as a council member (--member-email), whose pages are rendered per request (no target),
 *     measured between two runs of /api/health on the same server, so the ratio page ÷ health is taken under the
 *     same conditions (the machine is shared; absolute numbers drift, ratios much less);
 *   - the HTML's size, raw and gzipped, and the number of inline scripts (the RSC payload travels in them);
 *   - the JavaScript a browser downloads on first load: every /_next/static chunk the HTML names (script tags,
 *     script preloads and chunk lists in the inline RSC payload) except <script nomodule> polyfills, which
 *     browsers with ES modules (every phone browser in use) skip, each gzipped at level 6 and summed.
 *
 * Usage: node bench/public-pages.mjs [baseUrl=http://localhost:3000] [--seconds=3] [--connections=16]
 *        [--email=resident@kuopio.example] [--member-email=youth@kuopio.example] [--password=Kuopio-demo-2026]
 *        [--only=anonymous|resident|member|js]
 * Starts nothing: run `npm start` first (see bench/README.md). Exits 1 when a target is missed, so a run can gate.
 * Node only: a keep-alive load loop on node:http keeps the load generator light and dependency-free.
 */
import zlib from 'node:zlib';
import { createLoadClient } from './load-client.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const baseUrl = new URL(args.find((a) => !a.startsWith('--')) ?? 'http://localhost:3000');
const SECONDS = Number(option('seconds', '3'));
const CONNECTIONS = Number(option('connections', '16'));
const EMAIL = option('email', 'resident@kuopio.example');
const MEMBER_EMAIL = option('member-email', 'youth@kuopio.example');
const PASSWORD = option('password', 'Kuopio-demo-2026');
const ONLY = option('only', '');

/** The targets of issue 5, section 5. */
const TARGETS = { anonymousRatio: 0.3, residentRatio: 0.15, firstLoadJsGzipKb: 120 };

const { request, ratioAgainstHealth, signIn, destroy } = createLoadClient({ baseUrl, connections: CONNECTIONS, seconds: SECONDS });

/** /_next/static paths a page's HTML makes the browser fetch on first load. */
function firstLoadScripts(html) {
  const paths = new Set();
  const legacyOnly = new Set(); // <script nomodule>: polyfills that browsers with ES modules never download
  for (const m of html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)) {
    (/\snomodule/i.test(m[1] + m[3]) ? legacyOnly : paths).add(m[2]);
  }
  for (const m of html.matchAll(/<link[^>]*rel="preload"[^>]*as="script"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*as="script"/g)) {
    paths.add(m[1] ?? m[2]);
  }
  // Client components the RSC payload names are loaded by the runtime during hydration.
  for (const m of html.matchAll(/(?:\/_next\/)?(static\/chunks\/[A-Za-z0-9_.~\-/[\]%]+?\.js)/g)) paths.add(`/_next/${m[1]}`);
  const pathname = (p) => new URL(p.replace(/&amp;/g, '&'), baseUrl).pathname;
  const legacy = new Set([...legacyOnly].map(pathname));
  return [...new Set([...paths].map(pathname))].filter((p) => p.startsWith('/_next/static/') && !legacy.has(p));
}

const chunkSizes = new Map();
async function gzipSizeOf(path) {
  if (!chunkSizes.has(path)) {
    const res = await request(path);
    chunkSizes.set(path, res.status === 200 ? zlib.gzipSync(res.body, { level: 6 }).length : 0);
  }
  return chunkSizes.get(path);
}

/** HTML size, inline script count and first-load JS of one page as a visitor with the given headers sees it. */
async function pageWeight(path, headers) {
  const res = await request(path, { headers: { accept: 'text/html', ...headers } });
  const html = res.body.toString('utf8');
  const scripts = firstLoadScripts(html);
  let js = 0;
  for (const s of scripts) js += await gzipSizeOf(s);
  return {
    status: res.status,
    htmlKb: res.body.length / 1024,
    htmlGzipKb: zlib.gzipSync(res.body, { level: 6 }).length / 1024,
    inlineScripts: [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)].length,
    jsChunks: scripts.length,
    jsGzipKb: js / 1024,
    csp: res.headers['content-security-policy'] ?? '',
  };
}

/** A Pages page of the demo: the first link into a component (/c/…) that the space page offers. */
async function findPagesPage(spacePath) {
  const html = (await request(spacePath, { headers: { accept: 'text/html' } })).body.toString('utf8');
  const link = [...html.matchAll(/href="(\/fi\/spaces\/[^"]+\/c\/[^"]+)"/g)].map((m) => m[1]).find(Boolean);
  return link ? link.replace(/&amp;/g, '&') : null;
}

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

async function main() {
  const health = await request('/api/health');
  if (health.status !== 200) throw new Error(`${baseUrl} /api/health answered ${health.status}; start the server first`);
  const space = '/fi/spaces/lahioohjelma-2026-neulamaki';
  const pagesPage = await findPagesPage(space);
  const pages = ['/fi', '/fi/areas', '/fi/areas/neulamaki', '/fi/spaces', space, ...(pagesPage ? [pagesPage] : [])];
  if (!pagesPage) console.warn('No Pages page linked from the space page; measuring the others.');

  console.log(`${baseUrl.origin}: ${CONNECTIONS} connections, ${SECONDS} s per measurement, health measured before and after each page\n`);
  const failures = [];

  const audiences = [
    { name: 'anonymous', headers: {}, target: TARGETS.anonymousRatio },
    { name: 'resident', email: EMAIL, headers: null, target: TARGETS.residentRatio },
    { name: 'member (rendered per request)', email: MEMBER_EMAIL, headers: null, target: 0 },
  ].filter((a) => !ONLY || a.name.startsWith(ONLY)); // --only=js measures page weight alone
  for (const audience of audiences) {
    audience.headers ??= { cookie: await signIn(audience.email, PASSWORD) };
    for (const path of pages) {
      const warm = await request(path, { headers: { ...audience.headers, accept: 'text/html' } }); // warm up every page once
      const signedIn = /<html[^>]*\sdata-signed-in=/.test(warm.body.toString('utf8'));
      if (audience.email && !signedIn) throw new Error(`${path} as ${audience.email}: the page is not signed in (status ${warm.status})`);
    }
    const rows = [];
    for (const path of pages) {
      const weight = await pageWeight(path, audience.headers);
      const { page, health: healthRps, ratio } = await ratioAgainstHealth(path, audience.headers);
      const ok = ratio >= audience.target;
      const verdict = audience.target > 0 ? (ok ? ' ✓' : ' ✗') : '';
      if (!ok) failures.push(`${audience.name} ${path}: ratio ${fmt(ratio, 2)} < ${audience.target}`);
      rows.push({
        page: path.length > 48 ? `${path.slice(0, 45)}…` : path,
        'req/s': fmt(page.rps),
        'p50 ms': fmt(page.p50),
        'health req/s': fmt(healthRps),
        ratio: `${fmt(ratio, 2)}${verdict}`,
        'HTML KB': fmt(weight.htmlKb),
        'gzip KB': fmt(weight.htmlGzipKb),
        'inline scripts': weight.inlineScripts,
        'JS gzip KB': fmt(weight.jsGzipKb),
        statuses: page.statuses,
      });
    }
    console.log(audience.target > 0 ? `${audience.name} (target ratio ≥ ${audience.target})` : audience.name);
    console.table(rows);
  }

  // First-load JavaScript of what an anonymous phone opens first, including the sign-in page.
  const jsRows = [];
  for (const path of [...pages, '/fi/sign-in']) {
    const w = await pageWeight(path, {});
    const ok = w.jsGzipKb <= TARGETS.firstLoadJsGzipKb;
    if (!ok) failures.push(`first-load JS ${path}: ${fmt(w.jsGzipKb)} KB > ${TARGETS.firstLoadJsGzipKb} KB`);
    jsRows.push({ page: path.length > 48 ? `${path.slice(0, 45)}…` : path, status: w.status, chunks: w.jsChunks, 'JS gzip KB': `${fmt(w.jsGzipKb)} ${ok ? '✓' : '✗'}` });
  }
  console.log(`first-load JavaScript, anonymous (target ≤ ${TARGETS.firstLoadJsGzipKb} KB gzipped)`);
  console.table(jsRows);
  const csp = (await pageWeight('/fi', {})).csp;
  console.log(`CSP of /fi: ${csp || '(none)'}\n`);

  if (failures.length > 0) {
    console.log(`Targets missed (${failures.length}):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('All targets met.');
  }
  destroy();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  destroy();
  process.exit(2);
});
