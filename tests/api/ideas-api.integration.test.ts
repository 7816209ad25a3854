/**
 * GET /api/v1/ideas (ADR 024, ADR 033) against the seeded Kuopio demo: answers match the OpenAPI document, only
 * published public ideas are listed (never drafts or hidden ones), nothing personal (no authors, no names entered by
 * staff, no notes or reviews), newest first, paged by a cursor, filtered by space, area and state, and a page costs
 * the same number of queries however many ideas there are.
 */
import { NextRequest } from 'next/server';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getCurrentOrganization } from '@/lib/organization/current';
import { countQueries } from '@/tests/setup/query-count';
import * as ideasRoute from '@/app/api/v1/ideas/route';
import { API_PATHS, buildOpenApiDocument } from '@/lib/open-data/openapi';
import { findApiIdeas } from '@/lib/open-data/queries';

const doc = buildOpenApiDocument('http://127.0.0.1:3000/api/v1');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const [id, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${id}`);

const request = (url: string) => new NextRequest(new URL(url, 'http://127.0.0.1:3000'));

async function documented(response: Response, status = 200) {
  expect(response.status).toBe(status);
  const responses = (doc.paths['/ideas'] as unknown as { get: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }).get.responses;
  const [mediaType, { schema }] = Object.entries(responses[String(status)]!.content)[0]!;
  expect(response.headers.get('content-type')).toContain(mediaType);
  const body = await response.json();
  const validate = ajv.getSchema(schema.$ref)!;
  expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
  return body;
}

let orgId: string;
const publicIdeas = () => ({ publishedAt: { not: null }, moderationState: 'VISIBLE' as const, component: { kind: 'ideas', isPublished: true, archivedAt: null, space: { organizationId: orgId, isPublished: true, isPrivate: false } } });

beforeAll(async () => {
  orgId = (await getCurrentOrganization()).id;
});

describe('GET /api/v1/ideas', () => {
  it('is in the OpenAPI document', () => {
    expect(API_PATHS).toContain('/ideas');
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Idea', 'IdeaPage']));
  });

  it('lists the public ideas of the demo newest first with answers, costs and histories, and nothing personal', async () => {
    const body = await documented(await ideasRoute.GET(request('/api/v1/ideas?limit=200')));
    const expected = await db.idea.findMany({ where: publicIdeas(), select: { id: true } });
    expect(expected.length).toBeGreaterThanOrEqual(20);
    expect(body.data.map((i: { id: string }) => i.id).sort()).toEqual(expected.map((i) => i.id).sort());
    const times = body.data.map((i: { publishedAt: string }) => i.publishedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const answered = body.data.find((i: { state: string; answer: unknown }) => i.state === 'IMPLEMENTED');
    expect(answered).toMatchObject({ costEstimate: 24000, answer: { fi: expect.any(String) } });
    expect(answered.history.map((h: { state: string }) => h.state)).toEqual(['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'PROJECT', 'IMPLEMENTED']);
    // The fitness stairs' two photos, with their descriptions and the serving route's addresses.
    const stairs = body.data.find((i: { title: string }) => i.title === 'Kuntoportaat Puijonlaakson rinteeseen');
    expect(stairs.images).toHaveLength(2);
    expect(stairs.images[0]).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:3000\/api\/images\/[a-z0-9]+\/\d+\.webp$/), alt: { fi: expect.stringContaining('rinne') }, decorative: false });
    const text = JSON.stringify(body);
    // The demo's paper idea was entered for a named resident; the evaluator's notes and reviews are private.
    expect(text).not.toContain('Aino Virtanen');
    expect(text).not.toContain('Tarkistettu kaavasta');
    expect(text).not.toContain('Alustava arvio');
    // No addresses: neither authors' nor co-authors' (the demo's stairs have a co-author and resident@ an invitation).
    expect(text).not.toMatch(/@kuopio\.example/);
    for (const idea of body.data) expect(Object.keys(idea)).not.toEqual(expect.arrayContaining(['author', 'ageGroup', 'onBehalfName']));
  });

  it('leaves out drafts and hidden ideas', async () => {
    const some = await db.idea.findFirstOrThrow({ where: publicIdeas(), select: { id: true, componentId: true, areaId: true } });
    const draft = await db.idea.create({ data: { componentId: some.componentId, areaId: some.areaId, title: 'API-luonnos', body: 'Ei julkaistu vielä.', locale: 'fi' }, select: { id: true } });
    const hidden = await db.idea.create({ data: { componentId: some.componentId, areaId: some.areaId, title: 'API-piilotettu', body: 'Moderaattori piilotti.', locale: 'fi', publishedAt: new Date(), moderationState: 'HIDDEN' }, select: { id: true } });
    try {
      const body = await documented(await ideasRoute.GET(request('/api/v1/ideas?limit=200')));
      const ids = body.data.map((i: { id: string }) => i.id);
      expect(ids).not.toContain(draft.id);
      expect(ids).not.toContain(hidden.id);
    } finally {
      await db.idea.deleteMany({ where: { id: { in: [draft.id, hidden.id] } } });
    }
  });

  it('filters by space, area and state, pages by cursor and refuses a malformed one', async () => {
    const petonen = await documented(await ideasRoute.GET(request('/api/v1/ideas?space=lahioohjelma-2026-petonen&limit=200')));
    expect(petonen.data.length).toBeGreaterThan(0);
    expect(petonen.data.every((i: { space: string; area: string }) => i.space === 'lahioohjelma-2026-petonen' && i.area === 'petonen')).toBe(true);
    const rejected = await documented(await ideasRoute.GET(request('/api/v1/ideas?state=REJECTED&area=neulamaki')));
    expect(rejected.data.length).toBeGreaterThan(0);
    expect(rejected.data.every((i: { state: string; stateReason: unknown }) => i.state === 'REJECTED' && i.stateReason !== null)).toBe(true);
    const all: string[] = [];
    let next: string | null = '/api/v1/ideas?limit=5';
    while (next) {
      const page = await documented(await ideasRoute.GET(request(next)));
      all.push(...page.data.map((i: { id: string }) => i.id));
      next = page.links.next;
    }
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(await db.idea.count({ where: publicIdeas() }));
    expect((await ideasRoute.GET(request('/api/v1/ideas?state=NONSENSE'))).status).toBe(400);
    expect((await ideasRoute.GET(request('/api/v1/ideas?cursor=bm90LWEtY3Vyc29y'))).status).toBe(400);
  });

  it('costs the same number of queries for a small page as for a large one', async () => {
    const small = await countQueries(() => findApiIdeas(orgId, { after: null, limit: 2 }));
    const large = await countQueries(() => findApiIdeas(orgId, { after: null, limit: 20 }));
    expect(large).toBe(small);
  });
});
