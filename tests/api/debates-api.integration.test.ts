/**
 * GET /api/v1/debates (ADR 024, ADR 030) against the seeded Kuopio demo: answers match the OpenAPI document, only
 * public debates of public components are listed (never pending, hidden, unpublished, archived or private ones),
 * nothing personal, newest first, paged by a cursor, filtered by space, area and state, and a page costs the same
 * number of queries for 3 debates as for 30.
 */
import { NextRequest } from 'next/server';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getCurrentOrganization } from '@/lib/organization/current';
import { createTestOrganization, createTestUser, uniqueSuffix } from '@/tests/factories/organization-admin';
import { createTestSpace } from '@/tests/factories/components';
import { countQueries } from '@/tests/setup/query-count';
import * as debatesRoute from '@/app/api/v1/debates/route';
import { API_PATHS, buildOpenApiDocument } from '@/lib/open-data/openapi';
import { findApiDebates } from '@/lib/open-data/queries';

const doc = buildOpenApiDocument('http://127.0.0.1:3000/api/v1');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const [id, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${id}`);

const request = (url: string) => new NextRequest(new URL(url, 'http://127.0.0.1:3000'));

async function documented(response: Response, status = 200) {
  expect(response.status).toBe(status);
  const responses = (doc.paths['/debates'] as unknown as { get: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }).get.responses;
  const [mediaType, { schema }] = Object.entries(responses[String(status)]!.content)[0]!;
  expect(response.headers.get('content-type')).toContain(mediaType);
  const body = await response.json();
  const validate = ajv.getSchema(schema.$ref)!;
  expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
  return body;
}

/** Every page of a list, through links.next. */
async function walk(url: string) {
  const all: { id: string; [key: string]: unknown }[] = [];
  let next: string | null = url;
  while (next) {
    const body = await documented(await debatesRoute.GET(request(next)));
    all.push(...body.data);
    next = body.links.next;
  }
  return all;
}

let orgId: string;

beforeAll(async () => {
  orgId = (await getCurrentOrganization()).id;
});

describe('GET /api/v1/debates', () => {
  it('is in the OpenAPI document', () => {
    expect(API_PATHS).toContain('/debates');
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Debate', 'DebatePage']));
  });

  it('lists the public debates of the demo, newest first, with conclusions and comment counts, and nothing else', async () => {
    const body = await documented(await debatesRoute.GET(request('/api/v1/debates?limit=200')));
    const publicWhere = {
      organizationId: orgId,
      isPublished: true,
      isPrivate: false,
    };
    const expected = await db.debate.findMany({
      where: { moderationState: 'VISIBLE', component: { kind: 'debates', isPublished: true, archivedAt: null, space: publicWhere } },
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThanOrEqual(6);
    expect(body.data.map((d: { id: string }) => d.id).sort()).toEqual(expected.map((d) => d.id).sort());
    const times = body.data.map((d: { createdAt: string }) => d.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    // The demo's pending debate (Petonen, pre-moderated) is not there.
    const pending = await db.debate.findMany({ where: { moderationState: { not: 'VISIBLE' }, component: { space: { organizationId: orgId } } }, select: { id: true } });
    expect(pending.length).toBeGreaterThan(0);
    for (const p of pending) expect(body.data.some((d: { id: string }) => d.id === p.id)).toBe(false);
    const closed = body.data.find((d: { state: string }) => d.state === 'closed');
    expect(closed).toMatchObject({ conclusion: { fi: expect.any(String) }, closedAt: expect.any(String), isOfficial: true, descriptionFormat: 'markdown' });
    const residents = body.data.find((d: { isOfficial: boolean }) => !d.isOfficial);
    expect(residents).toMatchObject({ descriptionFormat: 'text' });
    expect(body.data.some((d: { commentCount: number }) => d.commentCount > 0)).toBe(true);
    // Nothing personal: no author, no email address.
    expect(JSON.stringify(body)).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(JSON.stringify(body)).not.toMatch(/author|displayName|Riikka|Nuutti/);
  });

  it('pages with a cursor and filters by space, area and state', async () => {
    const all = await walk('http://127.0.0.1:3000/api/v1/debates?limit=200');
    const paged = await walk('http://127.0.0.1:3000/api/v1/debates?limit=2');
    expect(paged.map((d) => d.id)).toEqual(all.map((d) => d.id));
    const bySpace = await documented(await debatesRoute.GET(request('/api/v1/debates?space=lahioohjelma-2026-petonen')));
    expect(bySpace.data.length).toBeGreaterThan(0);
    expect(bySpace.data.every((d: { space: string }) => d.space === 'lahioohjelma-2026-petonen')).toBe(true);
    const byArea = await documented(await debatesRoute.GET(request('/api/v1/debates?area=neulamaki')));
    expect(byArea.data.length).toBeGreaterThan(0);
    expect(byArea.data.every((d: { areas: string[] }) => d.areas.includes('neulamaki'))).toBe(true);
    const closed = await documented(await debatesRoute.GET(request('/api/v1/debates?state=closed')));
    expect(closed.data.length).toBeGreaterThan(0);
    expect(closed.data.every((d: { state: string }) => d.state === 'closed')).toBe(true);
    const open = await documented(await debatesRoute.GET(request('/api/v1/debates?state=open&limit=200')));
    expect(open.data.length + closed.data.length).toBe(all.length);
  });

  it('answers bad parameters with a 400 problem naming the parameter', async () => {
    for (const [url, param] of [
      ['/api/v1/debates?state=pending', 'state'],
      ['/api/v1/debates?space=%00', 'space'],
      ['/api/v1/debates?limit=0', 'limit'],
      ['/api/v1/debates?author=x', 'author'],
      ['/api/v1/debates?cursor=eyJhZnRlciI6Im5vdC1hLXRpbWV8eCJ9', 'cursor'],
    ] as const) {
      const body = await documented(await debatesRoute.GET(request(url)), 400);
      expect(body.detail, url).toContain(param);
    }
  });

  it('leaves out debates of private, unpublished or archived spaces and components, and hidden ones', async () => {
    const org = await getCurrentOrganization();
    const author = await createTestUser(org.id, { label: 'api-author' });
    const open = await createTestSpace(org.id, { phases: 1, activePhase: 0 });
    const privateSpace = await createTestSpace(org.id, { isPrivate: true });
    const draftSpace = await createTestSpace(org.id, { isPublished: false });
    const component = (spaceId: string, extra: Record<string, unknown> = {}) =>
      db.component.create({ data: { spaceId, kind: 'debates', name: { fi: 'Keskustelu' }, isPublished: true, ...extra }, select: { id: true } });
    const shown = await component(open.id);
    const cases = [
      await component(open.id, { isPublished: false }),
      await component(open.id, { archivedAt: new Date() }),
      await component(privateSpace.id),
      await component(draftSpace.id),
    ];
    const mark = `api-${uniqueSuffix()}`;
    const debate = (componentId: string, extra: Record<string, unknown> = {}) =>
      db.debate.create({ data: { componentId, title: { fi: mark }, description: { fi: 'x' }, authorId: author.id, ...extra }, select: { id: true } });
    const visible = await debate(shown.id);
    const hidden = [await debate(shown.id, { moderationState: 'HIDDEN' }), await debate(shown.id, { moderationState: 'PENDING' }), ...(await Promise.all(cases.map((c) => debate(c.id))))];
    const body = await documented(await debatesRoute.GET(request(`/api/v1/debates?space=${open.slug}`)));
    expect(body.data.map((d: { id: string }) => d.id)).toEqual([visible.id]);
    const all = await walk(`http://127.0.0.1:3000/api/v1/debates?limit=200&state=open`);
    for (const h of hidden) expect(all.some((d) => d.id === h.id)).toBe(false);
  });

  it('runs as many queries for 30 debates as for 3', async () => {
    const seed = async (n: number) => {
      const org = await createTestOrganization('api-debates');
      const area = await db.area.create({ data: { organizationId: org.id, slug: `alue-${uniqueSuffix()}`, kind: 'NEIGHBOURHOOD', name: { fi: 'Alue' } } });
      const space = await createTestSpace(org.id, { areaIds: [area.id] });
      const c = await db.component.create({ data: { spaceId: space.id, kind: 'debates', name: { fi: 'Keskustelu' }, isPublished: true }, select: { id: true } });
      for (let i = 0; i < n; i++) {
        const d = await db.debate.create({ data: { componentId: c.id, title: { fi: `Aihe ${i}` }, description: { fi: 'x' }, isOfficial: true, areas: { create: [{ areaId: area.id }] } } });
        await db.commentStats.create({ data: { resourceType: 'debate', resourceId: d.id, count: i } });
      }
      return org.id;
    };
    const small = await seed(3);
    const large = await seed(30);
    const a = await countQueries(() => findApiDebates(small, { after: null, limit: 50 }));
    const b = await countQueries(() => findApiDebates(large, { after: null, limit: 50 }));
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });
});
