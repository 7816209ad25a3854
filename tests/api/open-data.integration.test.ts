/**
 * The open data API (ADR 024) against the seeded Kuopio demo: the OpenAPI document is valid OpenAPI 3.1, every path
 * in it has a handler and every handler a path, and every answer of every path matches the document's schema. Also
 * paging, validators (ETag, Last-Modified → 304), CORS, problems for bad input, only public data, and lists that run
 * the same number of queries for 3 items as for 40.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { getCurrentOrganization } from '@/lib/organization/current';
import { createTestOrganization, uniqueSuffix } from '@/tests/factories/organization-admin';
import { createTestSpace } from '@/tests/factories/components';
import { countQueries } from '@/tests/setup/query-count';
import * as organizationRoute from '@/app/api/v1/organization/route';
import * as areasRoute from '@/app/api/v1/areas/route';
import * as areaRoute from '@/app/api/v1/areas/[areaSlug]/route';
import * as boundaryRoute from '@/app/api/v1/areas/[areaSlug]/boundary/route';
import * as spacesRoute from '@/app/api/v1/spaces/route';
import * as spaceRoute from '@/app/api/v1/spaces/[spaceSlug]/route';
import * as openapiRoute from '@/app/api/v1/openapi.json/route';
import * as newsRoute from '@/app/api/v1/news/route';
import { API_PATHS, buildOpenApiDocument } from '@/lib/open-data/openapi';
import { findApiAreas, findApiNews, findApiSpaces } from '@/lib/open-data/queries';

type Doc = ReturnType<typeof buildOpenApiDocument>;
const doc: Doc = buildOpenApiDocument('http://127.0.0.1:3000/api/v1');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const [id, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${id}`);

const request = (url: string, headers: Record<string, string> = {}) => new NextRequest(new URL(url, 'http://127.0.0.1:3000'), { headers });
const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) });

/** The answer's body checked against the document's schema for that path and status. */
async function expectMatchesDocument(apiPath: (typeof API_PATHS)[number], response: Response, status = 200) {
  expect(response.status, apiPath).toBe(status);
  const operation = (doc.paths as unknown as Record<string, { get: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }>)[apiPath]!.get;
  const content = operation.responses[String(status)]!.content;
  const [mediaType, { schema }] = Object.entries(content)[0]!;
  expect(response.headers.get('content-type')).toContain(mediaType);
  const body = await response.json();
  const validate = ajv.getSchema(schema.$ref)!;
  expect(validate(body), `${apiPath} ${status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return body;
}

let kuopio: { areaWithBoundary: string; space: string };

beforeAll(async () => {
  const org = await getCurrentOrganization();
  const withBoundary = await db.area.findFirstOrThrow({ where: { organizationId: org.id, boundary: { not: Prisma.DbNull } }, orderBy: { slug: 'asc' }, select: { slug: true } });
  const space = await db.space.findFirstOrThrow({ where: { organizationId: org.id, isPublished: true, isPrivate: false, kind: 'PROCESS' }, select: { slug: true } });
  kuopio = { areaWithBoundary: withBoundary.slug, space: space.slug };
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('is served at /api/v1/openapi.json with the public address as server', async () => {
    const response = await openapiRoute.GET(request('/api/v1/openapi.json'));
    expect(response.status).toBe(200);
    const served = await response.json();
    expect(served.servers).toEqual([{ url: new URL('/api/v1', env().APP_URL).toString() }]);
    expect(Object.keys(served.paths).sort()).toEqual([...API_PATHS].sort());
  });

  it('describes exactly the route handlers under app/api/v1', () => {
    const root = path.resolve(__dirname, '../../app/api/v1');
    const found: string[] = [];
    const walk = (dir: string, prefix: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(\w+)\]$/, '{$1}')}`);
        else if (entry.name === 'route.ts' && prefix !== '/openapi.json') found.push(prefix);
      }
    };
    walk(root, '');
    expect(found.sort()).toEqual([...API_PATHS].sort());
  });
});

describe('every path answers as documented', () => {
  it('/organization', async () => {
    const body = await expectMatchesDocument('/organization', await organizationRoute.GET(request('/api/v1/organization')));
    expect(body.slug).toBe('kuopio');
    expect(body.name.fi).toBe('Kuopion kaupunki');
  });

  it('/areas and /areas/{areaSlug} and its boundary', async () => {
    const list = await expectMatchesDocument('/areas', await areasRoute.GET(request('/api/v1/areas')));
    expect(list.data.length).toBeGreaterThan(5);
    const area = await expectMatchesDocument('/areas/{areaSlug}', await areaRoute.GET(request(`/api/v1/areas/${kuopio.areaWithBoundary}`), params({ areaSlug: kuopio.areaWithBoundary })));
    expect(area.slug).toBe(kuopio.areaWithBoundary);
    expect(area.links.boundary).toBe(new URL(`/api/v1/areas/${area.slug}/boundary`, env().APP_URL).toString());
    const feature = await expectMatchesDocument(
      '/areas/{areaSlug}/boundary',
      await boundaryRoute.GET(request(`/api/v1/areas/${area.slug}/boundary`), params({ areaSlug: area.slug })),
    );
    expect(feature.type).toBe('Feature');
    expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    await expectMatchesDocument('/areas/{areaSlug}', await areaRoute.GET(request('/api/v1/areas/ei-ole'), params({ areaSlug: 'ei-ole' })), 404);
    await expectMatchesDocument('/areas/{areaSlug}/boundary', await boundaryRoute.GET(request('/api/v1/areas/%ff/boundary'), params({ areaSlug: '%ff' })), 404);
  });

  it('/spaces and /spaces/{spaceSlug}', async () => {
    const list = await expectMatchesDocument('/spaces', await spacesRoute.GET(request('/api/v1/spaces?kind=PROCESS')));
    expect(list.data.every((s: { kind: string }) => s.kind === 'PROCESS')).toBe(true);
    const space = await expectMatchesDocument('/spaces/{spaceSlug}', await spaceRoute.GET(request(`/api/v1/spaces/${kuopio.space}`), params({ spaceSlug: kuopio.space })));
    expect(space.phases.length).toBeGreaterThan(0);
    await expectMatchesDocument('/spaces/{spaceSlug}', await spaceRoute.GET(request('/api/v1/spaces/ei-ole'), params({ spaceSlug: 'ei-ole' })), 404);
  });

  it('/news: only published posts, newest first, paged by a cursor, filtered by space and area', async () => {
    const org = await getCurrentOrganization();
    const body = await expectMatchesDocument('/news', await newsRoute.GET(request('/api/v1/news?limit=200')));
    const visible = await db.newsPost.count({
      where: { publishAt: { lte: new Date() }, unpublishedAt: null, component: { kind: 'news', isPublished: true, archivedAt: null, space: { organizationId: org.id, isPublished: true, isPrivate: false } } },
    });
    expect(visible).toBeGreaterThan(2);
    expect(body.data).toHaveLength(visible);
    const times = body.data.map((p: { publishedAt: string }) => p.publishedAt);
    expect([...times].sort().reverse()).toEqual(times);
    // Drafts, scheduled and withdrawn posts of the seed are not there.
    const hidden = await db.newsPost.findMany({ where: { component: { space: { organizationId: org.id } }, OR: [{ publishAt: null }, { publishAt: { gt: new Date() } }, { unpublishedAt: { not: null } }] }, select: { id: true } });
    expect(hidden.length).toBeGreaterThan(0);
    const ids = new Set(body.data.map((p: { id: string }) => p.id));
    for (const h of hidden) expect(ids.has(h.id)).toBe(false);
    // Page by page, the same posts in the same order.
    const paged: string[] = [];
    let next: string | null = 'http://127.0.0.1:3000/api/v1/news?limit=2';
    while (next) {
      const pageBody = await expectMatchesDocument('/news', await newsRoute.GET(request(next)));
      paged.push(...pageBody.data.map((p: { id: string }) => p.id));
      next = pageBody.links.next;
    }
    expect(paged).toEqual(body.data.map((p: { id: string }) => p.id));
    const bySpace = await (await newsRoute.GET(request(`/api/v1/news?space=${kuopio.space}`))).json();
    expect(bySpace.data.every((p: { space: string }) => p.space === kuopio.space)).toBe(true);
    const byArea = await (await newsRoute.GET(request('/api/v1/news?area=neulamaki'))).json();
    expect(byArea.data.length).toBeGreaterThan(0);
    expect(byArea.data.every((p: { areas: string[] }) => p.areas.includes('neulamaki'))).toBe(true);
    await expectMatchesDocument('/news', await newsRoute.GET(request('/api/v1/news?cursor=eyJhZnRlciI6Im5vdC1hLXRpbWV8eCJ9')), 400);
  });

  it('answers bad query parameters with a 400 problem naming the parameter', async () => {
    for (const [url, param] of [
      ['/api/v1/areas?limit=0', 'limit'],
      ['/api/v1/areas?limit=abc', 'limit'],
      ['/api/v1/areas?limit=201', 'limit'],
      ['/api/v1/areas?cursor=%E2%80%AE', 'cursor'],
      ['/api/v1/areas?cursor=eyJ4IjoxfQ', 'cursor'],
      ['/api/v1/areas?sort=name', 'sort'],
      ['/api/v1/spaces?kind=IDEA', 'kind'],
      ['/api/v1/spaces?area=%00', 'area'],
    ] as const) {
      const route = url.startsWith('/api/v1/areas') ? '/areas' : '/spaces';
      const handler = route === '/areas' ? areasRoute.GET : spacesRoute.GET;
      const body = await expectMatchesDocument(route, await handler(request(url)), 400);
      expect(body.detail, url).toContain(param);
    }
  });
});

describe('paging, validators and CORS', () => {
  it('walks every area exactly once through links.next', async () => {
    const org = await getCurrentOrganization();
    const total = await db.area.count({ where: { organizationId: org.id } });
    const seen: string[] = [];
    let next: string | null = 'http://127.0.0.1:3000/api/v1/areas?limit=4';
    let pages = 0;
    while (next) {
      const body = await (await areasRoute.GET(request(next))).json();
      seen.push(...body.data.map((a: { slug: string }) => a.slug));
      next = body.links.next;
      pages += 1;
      expect(pages).toBeLessThan(50);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 4) + (total % 4 === 0 ? 1 : 0) || 1);
  });

  it('answers 304 to a matching If-None-Match or an unchanged If-Modified-Since, and 200 otherwise', async () => {
    const first = await spaceRoute.GET(request(`/api/v1/spaces/${kuopio.space}`), params({ spaceSlug: kuopio.space }));
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(lastModified).toMatch(/GMT$/);
    const again = await spaceRoute.GET(request(`/api/v1/spaces/${kuopio.space}`, { 'if-none-match': etag }), params({ spaceSlug: kuopio.space }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const since = await spaceRoute.GET(request(`/api/v1/spaces/${kuopio.space}`, { 'if-modified-since': lastModified }), params({ spaceSlug: kuopio.space }));
    expect(since.status).toBe(304);
    const stale = await spaceRoute.GET(request(`/api/v1/spaces/${kuopio.space}`, { 'if-none-match': '"old"' }), params({ spaceSlug: kuopio.space }));
    expect(stale.status).toBe(200);
    const older = await spaceRoute.GET(
      request(`/api/v1/spaces/${kuopio.space}`, { 'if-modified-since': new Date(Date.parse(lastModified) - 60_000).toUTCString() }),
      params({ spaceSlug: kuopio.space }),
    );
    expect(older.status).toBe(200);
  });

  it('lets any web page read it with GET (CORS), preflight included', async () => {
    const response = await areasRoute.GET(request('/api/v1/areas', { origin: 'https://data.example' }));
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
    const preflight = areasRoute.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('only public data', () => {
  it('lists no private, unpublished or archived content and no personal data', async () => {
    const org = await getCurrentOrganization();
    const hidden = await createTestSpace(org.id, { isPrivate: true });
    const draft = await createTestSpace(org.id, { isPublished: false });
    const open = await createTestSpace(org.id, { phases: 1, activePhase: 0 });
    await db.component.createMany({
      data: [
        { spaceId: open.id, kind: 'pages', name: { fi: 'Julkaistu' }, isPublished: true, publishedAt: new Date() },
        { spaceId: open.id, kind: 'pages', name: { fi: 'Luonnos' }, isPublished: false },
        { spaceId: open.id, kind: 'pages', name: { fi: 'Arkistoitu' }, isPublished: true, archivedAt: new Date() },
      ],
    });
    const all: { slug: string }[] = [];
    let next: string | null = 'http://127.0.0.1:3000/api/v1/spaces?limit=200';
    while (next) {
      const body = await (await spacesRoute.GET(request(next))).json();
      all.push(...body.data);
      next = body.links.next;
    }
    const slugs = all.map((s) => s.slug);
    expect(slugs).toContain(open.slug);
    expect(slugs).not.toContain(hidden.slug);
    expect(slugs).not.toContain(draft.slug);
    for (const slug of [hidden.slug, draft.slug]) {
      expect((await spaceRoute.GET(request(`/api/v1/spaces/${slug}`), params({ spaceSlug: slug }))).status).toBe(404);
    }
    const detail = await (await spaceRoute.GET(request(`/api/v1/spaces/${open.slug}`), params({ spaceSlug: open.slug }))).json();
    expect(detail.components.map((c: { name: { fi: string } }) => c.name.fi)).toEqual(['Julkaistu']);
    // No email address anywhere in what the API says about spaces, areas or the organization.
    const everything = JSON.stringify([all, detail, await (await areasRoute.GET(request('/api/v1/areas?limit=200'))).json(), await (await organizationRoute.GET(request('/api/v1/organization'))).json()]);
    expect(everything).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });
});

describe('lists cost the same whatever the data', () => {
  it('runs as many queries for 40 spaces, areas and news posts as for 3', async () => {
    const small = await createTestOrganization('api-small');
    const large = await createTestOrganization('api-large');
    const seed = async (orgId: string, n: number) => {
      for (let i = 0; i < n; i += 1) {
        const area = await db.area.create({ data: { organizationId: orgId, slug: `alue-${i}-${uniqueSuffix()}`, kind: 'NEIGHBOURHOOD', name: { fi: `Alue ${i}` } } });
        const space = await createTestSpace(orgId, { phases: 3, activePhase: 1, areaIds: [area.id] });
        const news = await db.component.create({ data: { spaceId: space.id, kind: 'news', name: { fi: 'Tiedotus' }, isPublished: true }, select: { id: true } });
        await db.newsPost.create({
          data: { componentId: news.id, title: { fi: `Tiedote ${i}` }, body: { fi: 'Teksti' }, publishAt: new Date(Date.now() - i * 60_000), areas: { create: [{ areaId: area.id }] } },
        });
      }
    };
    await seed(small.id, 3);
    await seed(large.id, 40);
    const cost = async (orgId: string) => ({
      spaces: await countQueries(() => findApiSpaces(orgId, { after: null, limit: 50 })),
      areas: await countQueries(() => findApiAreas(orgId, { after: null, limit: 50 })),
      news: await countQueries(() => findApiNews(orgId, { after: null, limit: 50 })),
    });
    const a = await cost(small.id);
    const b = await cost(large.id);
    expect(a.spaces).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });
});
