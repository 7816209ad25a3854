/**
 * Hostile requests against the production server (issue 5, "never a 500 for what a client can send"): malformed
 * server-action bodies for EVERY server action of the build, malformed requests for every route handler, undecodable
 * paths, oversized bodies and foreign origins. The test fails on any 5xx, on a wrong status for the cases whose answer
 * is known, and on anything stored: the row count of every table is the same afterwards, and no row anywhere contains
 * the run's marker.
 *
 * The actions are read from the build (.next/server/server-reference-manifest.json), so a new action is fuzzed without
 * editing this file. It runs in its own Playwright project after the browser tests (playwright.config.ts), so that no
 * other test writes to the database while the rows are counted. Alone: `npx playwright test --project fuzz`.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';
import { E2E_BASE_URL } from './env';

const ROOT = path.resolve(__dirname, '../..');
const MARKER = `fuzz${Date.now().toString(36)}`;
const FOREIGN = 'https://evil.example';

type Action = { id: string; name: string; page: string };
type Probe = {
  label: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** the exact status expected, when the answer is known; otherwise any status below 500 */
  expect?: number;
  /** a text the answer must contain (e.g. the localized message) */
  contains?: string;
};

/** A concrete URL for an app route such as "app/[locale]/admin/areas/[areaId]/page". */
function concretePath(route: string): string {
  const segments = route
    .replace(/^app/, '')
    .replace(/\/(page|route)$/, '')
    .split('/')
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (s === '[locale]' ? 'fi' : s.startsWith('[[...') ? '' : s.startsWith('[') ? 'x' : s))
    .filter(Boolean);
  return `/${segments.join('/')}`;
}

function serverActions(): Action[] {
  const manifestFile = path.join(ROOT, '.next/server/server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName ?? id,
    page: concretePath(Object.keys(entry.workers)[0] ?? 'app/[locale]/page'),
  }));
}

function routeHandlers(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, '.next/server/app-paths-manifest.json'), 'utf8')) as Record<string, string>;
  return Object.keys(manifest)
    .filter((route) => route.endsWith('/route'))
    .map((route) => concretePath(`app${route}`));
}

const nested = (levels: number, inner = '0') => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;

function multipart(fields: Record<string, string>): { body: string; contentType: string } {
  const boundary = `----${MARKER}`;
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  return { body: `${parts.join('')}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}

function actionProbes(action: Action, index: number): Probe[] {
  const headers = (extra: Record<string, string> = {}) => ({
    'Next-Action': action.id,
    'Content-Type': 'text/plain;charset=UTF-8',
    Accept: 'text/x-component',
    Origin: E2E_BASE_URL,
    ...extra,
  });
  const post = (label: string, body: string | Buffer, expected?: number, extra?: Record<string, string>): Probe => ({
    label: `${action.name}: ${label}`,
    method: 'POST',
    path: action.page,
    headers: headers(extra),
    body,
    expect: expected,
  });
  const form = multipart({ '0': `["$Q1","${MARKER}"]` });
  const hostileText = { fi: `${MARKER}\ud800`, sv: `${MARKER}\u0000`, en: `\udc00${MARKER}` };
  return [
    // Framework level: refused by the request guard before Next.js decodes anything.
    post('empty body', '', 400),
    post('truncated JSON', `[{"title":"${MARKER}`, 400),
    post('arguments not an array', `{"title":"${MARKER}"}`, 400),
    post('bad $ reference', '["$Q1"]', 400),
    post('bad BigInt', '["$nx"]', 400),
    post('server reference as argument', '["$h1"]', 400),
    post('5000 levels of nesting', nested(5000), 400),
    post('multipart without a boundary', '--x\r\n\r\n', 400, { 'Content-Type': 'multipart/form-data' }),
    post('multipart with a missing row', form.body, 400, { 'Content-Type': form.contentType }),
    post('foreign Origin', `["${MARKER}"]`, 403, { Origin: FOREIGN }),
    post('foreign Origin and X-Forwarded-Host', `["${MARKER}"]`, 403, { Origin: FOREIGN, 'X-Forwarded-Host': 'evil.example' }),
    post('Origin null', `["${MARKER}"]`, 403, { Origin: 'null' }),
    // App level: the body decodes, so the action runs and must answer with a result, not a 500.
    post('lone surrogates and NUL', JSON.stringify([hostileText, hostileText, hostileText, hostileText])),
    post('odd types', `[null,1e308,-1,["${MARKER}"],{"__proto__":"${MARKER}","constructor":"${MARKER}"},true]`),
    post('200 levels of nesting', `[${nested(200, `"${MARKER}"`)}]`),
    post('many arguments', JSON.stringify(Array.from({ length: 20 }, (_, i) => `${MARKER}-${i}`))),
    // Size: over the limit is 413 before anything else; the area form's 2 MB of GeoJSON (as a string) fits.
    ...(/area/i.test(action.name) || index === 0
      ? [
          post('5 MB body', Buffer.alloc(5 * 1024 * 1024, 'a'), 413),
          post('3 MB of text in a field', JSON.stringify([{ boundary: `${MARKER}${'x'.repeat(3 * 1024 * 1024)}` }]), 200),
        ]
      : []),
  ];
}

function routeProbes(route: string): Probe[] {
  const probes: Probe[] = [];
  for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'] as const) {
    probes.push({ label: `${route}: ${method}`, method, path: route });
  }
  probes.push(
    { label: `${route}: bad JSON`, method: 'POST', path: route, headers: { 'Content-Type': 'application/json' }, body: '{"email":' },
    { label: `${route}: undecodable subpath`, method: 'GET', path: `${route}/%ff`, expect: 400 },
  );
  return probes;
}

const AUTH = '/api/auth';
const authProbes: Probe[] = [
  ...['csrf', 'session', 'providers', 'signin', 'signout', 'error', 'callback/credentials', 'signin/credentials', 'callback/nope', 'nope', '_log'].map(
    (p): Probe => ({ label: `GET ${AUTH}/${p}`, method: 'GET', path: `${AUTH}/${p}` }),
  ),
  { label: 'credentials callback: GET', method: 'GET', path: `${AUTH}/callback/credentials`, expect: 405 },
  { label: 'credentials callback: GET in Swedish', method: 'GET', path: `${AUTH}/callback/credentials`, headers: { 'Accept-Language': 'sv' }, expect: 405, contains: 'sättet' },
  ...[
    ['malformed JSON', '{"email":"a@b.fi","password":'],
    ['empty JSON', ''],
    ['JSON array', '[1,2]'],
    ['JSON null', 'null'],
    ['NUL in the email', JSON.stringify({ email: `${MARKER}\u0000@example.test`, password: 'x' })],
    ['lone surrogate in the email', JSON.stringify({ email: `${MARKER}\ud800@example.test`, password: 'x' })],
  ].map(([label, body]): Probe => ({
    label: `credentials callback: ${label}`,
    method: 'POST',
    path: `${AUTH}/callback/credentials`,
    headers: { 'Content-Type': 'application/json' },
    body,
    expect: 400,
  })),
  {
    label: 'credentials callback: NUL in a form field',
    method: 'POST',
    path: `${AUTH}/callback/credentials`,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `email=${MARKER}%00&password=x`,
    expect: 400,
  },
  {
    label: 'credentials callback: urlencoded garbage',
    method: 'POST',
    path: `${AUTH}/callback/credentials`,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: '%ff%=&&==',
  },
  ...['signin/credentials', 'signout', 'session', 'csrf', 'callback/nope'].map(
    (p): Probe => ({ label: `POST ${AUTH}/${p} bad JSON`, method: 'POST', path: `${AUTH}/${p}`, headers: { 'Content-Type': 'application/json' }, body: '{' }),
  ),
];

const pathProbes = (someAction: Action | undefined): Probe[] => [
  ...['/fi/%ff', '/fi/spaces/%ff', '/api/health/%ff', '/%ff', '/_next/%ff', '/_next/static/%ff.js', '/fi/%', '/fi/x.%ff', '/fi/areas/%E0%A4%A', '/fi/%ED%A0%80'].map(
    (p): Probe => ({ label: `path ${p}`, method: 'GET', path: p, expect: 400 }),
  ),
  { label: 'path /sv/%ff as a page', method: 'GET', path: '/sv/%ff', headers: { Accept: 'text/html' }, expect: 400, contains: 'Felaktig adress' },
  { label: 'path /en/spaces/%ff as a page', method: 'GET', path: '/en/spaces/%ff', headers: { Accept: 'text/html' }, expect: 400, contains: 'Invalid address' },
  ...['/fi/spaces/a%00b', '/fi/areas/%F0%9F%98%80', '/fi/spaces/..%2f..%2fetc', '/fi//spaces', '/fi/spaces/x?q=%ff', `/fi/${'a'.repeat(3000)}`, '/fi/admin/users/%20'].map(
    (p): Probe => ({ label: `path ${p}`, method: 'GET', path: p }),
  ),
  // Multipart POSTs without Next-Action are possible form actions for Next.js, on any page.
  ...['/fi', '/fi/sign-in', '/fi/x.y', '/favicon.ico'].flatMap((p): Probe[] => [
    { label: `multipart POST without boundary to ${p}`, method: 'POST', path: p, headers: { 'Content-Type': 'multipart/form-data', Origin: E2E_BASE_URL }, body: 'x', expect: 400 },
    { label: `multipart POST from a foreign origin to ${p}`, method: 'POST', path: p, headers: { 'Content-Type': multipart({}).contentType, Origin: FOREIGN }, body: multipart({ a: MARKER }).body, expect: 403 },
    { label: `bound form action to ${p}`, method: 'POST', path: p, headers: { 'Content-Type': multipart({}).contentType, Origin: E2E_BASE_URL }, body: multipart({ $ACTION_REF_1: '', '1_$ACTION_ID': MARKER }).body, expect: 400 },
  ]),
  { label: 'PUT with Next-Action', method: 'PUT', path: '/fi', headers: { 'Next-Action': someAction?.id ?? 'x', Origin: E2E_BASE_URL }, body: '["$Q1"]' },
  { label: 'unknown action id', method: 'POST', path: '/fi', headers: { 'Next-Action': `40${'a'.repeat(40)}`, Origin: E2E_BASE_URL }, body: '[]' },
  { label: 'malformed action id', method: 'POST', path: '/fi', headers: { 'Next-Action': `${MARKER}\u00e4`.replace(/[^\x20-\x7e]/g, 'x'), Origin: E2E_BASE_URL }, body: '[]' },
];

async function send(request: APIRequestContext, probe: Probe): Promise<APIResponse> {
  return request.fetch(probe.path, {
    method: probe.method,
    headers: probe.headers,
    data: probe.body,
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: 20_000,
  });
}

async function rowCounts(client: pg.Client): Promise<Record<string, number>> {
  const tables = await client.query<{ name: string }>(
    `select quote_ident(table_name) as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await client.query<{ n: string }>(`select count(*) as n from ${name}`);
    counts[name] = Number(result.rows[0]!.n);
  }
  return counts;
}

async function tablesContaining(client: pg.Client, text: string): Promise<string[]> {
  const tables = Object.keys(await rowCounts(client));
  const hits: string[] = [];
  for (const name of tables) {
    const result = await client.query(`select 1 from ${name} t where t::text like $1 limit 1`, [`%${text}%`]);
    if (result.rowCount) hits.push(name);
  }
  return hits;
}

test('no request a client can send gets a 5xx or stores anything', async ({ request }) => {
  test.setTimeout(120_000);
  const actions = serverActions();
  const routes = routeHandlers();
  expect(actions.length, 'server actions found in the build').toBeGreaterThan(0);
  expect(routes, 'route handlers found in the build').toEqual(expect.arrayContaining(['/api/health']));

  const probes = [...actions.flatMap(actionProbes), ...routes.flatMap(routeProbes), ...authProbes, ...pathProbes(actions[0])];
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const before = await rowCounts(client);
    const failures: string[] = [];
    const started = Date.now();
    // A few requests at a time: fast, without turning the fuzz into a load test of a 2-core machine.
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < probes.length) {
          const probe = probes[next++]!;
          let res: APIResponse;
          try {
            res = await send(request, probe);
          } catch (error) {
            failures.push(`${probe.label}: no answer (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
            continue;
          }
          const status = res.status();
          const text = probe.contains ? await res.text() : '';
          if (status >= 500) failures.push(`${probe.label}: ${status}`);
          else if (probe.expect !== undefined && status !== probe.expect) failures.push(`${probe.label}: ${status}, expected ${probe.expect}`);
          else if (probe.contains && !text.includes(probe.contains)) failures.push(`${probe.label}: answer lacks "${probe.contains}"`);
        }
      }),
    );
    console.log(
      `[fuzz] ${probes.length} requests (${actions.length} server actions, ${routes.length} route handlers) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(failures, 'requests answered wrongly').toEqual([]);

    expect(await rowCounts(client), 'row counts of every table').toEqual(before);
    expect(await tablesContaining(client, MARKER), 'tables with a row containing the fuzz marker').toEqual([]);
  } finally {
    await client.end();
  }
});
