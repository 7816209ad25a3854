/**
 * GET /api/v1/search (ADR 024, ADR 032): answers match the OpenAPI document; only public content is found or counted
 * (never a private space's post, an unpublished component's post, a pending debate or a hidden comment); paging by
 * cursor within the first 200 results; filters; malformed input is a 400 problem, never a 500.
 */
import { NextRequest } from 'next/server';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getCurrentOrganization } from '@/lib/organization/current';
import { createTestSpace } from '@/tests/factories/components';
import * as searchRoute from '@/app/api/v1/search/route';
import { API_PATHS, buildOpenApiDocument } from '@/lib/open-data/openapi';

const doc = buildOpenApiDocument('http://127.0.0.1:3000/api/v1');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const [id, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${id}`);

const request = (url: string) => new NextRequest(new URL(url, 'http://127.0.0.1:3000'));

async function documented(response: Response, status = 200) {
  expect(response.status).toBe(status);
  const responses = (doc.paths['/search'] as unknown as { get: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }).get.responses;
  const [mediaType, { schema }] = Object.entries(responses[String(status)]!.content)[0]!;
  expect(response.headers.get('content-type')).toContain(mediaType);
  const body = await response.json();
  const validate = ajv.getSchema(schema.$ref)!;
  expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
  return body;
}

// A word of this test's own, so that the seeded demo's content does not matter.
const WORD = `hakurajapinta${Date.now().toString(36).replace(/[0-9]/g, '')}`;
const ids: Record<string, string> = {};
let spaceSlug: string;

beforeAll(async () => {
  const org = await getCurrentOrganization();
  const space = await createTestSpace(org.id);
  spaceSlug = space.slug;
  const privateSpace = await createTestSpace(org.id, { isPrivate: true });
  const component = async (spaceId: string, kind: 'news' | 'debates', isPublished = true) =>
    (await db.component.create({ data: { spaceId, kind, name: { fi: kind }, isPublished }, select: { id: true } })).id;
  const news = await component(space.id, 'news');
  const debates = await component(space.id, 'debates');
  const publishAt = new Date(Date.now() - 60_000);
  const post = async (componentId: string, title: string) =>
    (await db.newsPost.create({ data: { componentId, title: { fi: title }, body: { fi: `Teksti ${WORD}` }, publishAt }, select: { id: true } })).id;
  ids.post = await post(news, 'Julkinen');
  ids.privatePost = await post(await component(privateSpace.id, 'news'), 'Yksityinen');
  ids.unpublishedPost = await post(await component(space.id, 'news', false), 'Julkaisematon');
  ids.debate = (await db.debate.create({ data: { componentId: debates, title: { fi: `Keskustelu ${WORD}` }, description: { fi: 'Kuvaus' } }, select: { id: true } })).id;
  ids.pendingDebate = (await db.debate.create({ data: { componentId: debates, title: { fi: `Odottava ${WORD}` }, description: { fi: 'Kuvaus' }, moderationState: 'PENDING' }, select: { id: true } })).id;
  const comment = (body: string, moderationState: 'VISIBLE' | 'HIDDEN') =>
    db.comment.create({ data: { organizationId: org.id, componentId: news, resourceType: 'news_post', resourceId: ids.post!, body, locale: 'fi', moderationState }, select: { id: true } });
  ids.comment = (await comment(`Kommentti ${WORD}`, 'VISIBLE')).id;
  ids.hiddenComment = (await comment(`Piilotettu ${WORD}`, 'HIDDEN')).id;
});

describe('GET /api/v1/search', () => {
  it('is in the OpenAPI document', () => {
    expect(API_PATHS).toContain('/search');
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['SearchResult', 'SearchPage']));
  });

  it('finds and counts public content only', async () => {
    const body = await documented(await searchRoute.GET(request(`/api/v1/search?q=${WORD}`)));
    expect(body.data.map((r: { id: string }) => r.id).sort()).toEqual([ids.comment, ids.debate, ids.post].sort());
    expect(body.total).toBe(3);
    expect(body.totalIsCapped).toBe(false);
    const comment = body.data.find((r: { type: string }) => r.type === 'comment');
    expect(comment.resource).toEqual({ type: 'news_post', id: ids.post });
    expect(comment.space).toBe(spaceSlug);
    expect(comment.links.html).toContain(`/fi/spaces/${spaceSlug}/c/`);
    expect(comment.excerpt).toEqual(expect.arrayContaining([{ text: WORD, marked: true }]));
  });

  it('pages by cursor and filters by type and space', async () => {
    const first = await documented(await searchRoute.GET(request(`/api/v1/search?q=${WORD}&limit=2`)));
    expect(first.data).toHaveLength(2);
    const second = await documented(await searchRoute.GET(request(first.links.next)));
    expect(second.data).toHaveLength(1);
    expect(second.links.next).toBeNull();
    expect(new Set([...first.data, ...second.data].map((r: { id: string }) => r.id)).size).toBe(3);
    const debates = await documented(await searchRoute.GET(request(`/api/v1/search?q=${WORD}&type=debate`)));
    expect(debates.data.map((r: { id: string }) => r.id)).toEqual([ids.debate]);
    const elsewhere = await documented(await searchRoute.GET(request(`/api/v1/search?q=${WORD}&space=ei-ole-olemassa`)));
    expect(elsewhere).toMatchObject({ data: [], total: 0 });
    const here = await documented(await searchRoute.GET(request(`/api/v1/search?q=${WORD}&space=${spaceSlug}`)));
    expect(here.total).toBe(3);
  });

  it.each([
    '/api/v1/search',
    '/api/v1/search?q=',
    `/api/v1/search?q=${'a'.repeat(201)}`,
    '/api/v1/search?q=a%00b',
    '/api/v1/search?q=x&type=page',
    '/api/v1/search?q=x&lang=de',
    '/api/v1/search?q=x&cursor=bm9wZQ',
    '/api/v1/search?q=x&other=1',
  ])('refuses %s with a problem', async (url) => {
    const response = await searchRoute.GET(request(url));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
