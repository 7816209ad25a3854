/**
 * GET /api/v1/comments against the real database and the OpenAPI document: public comments of a public resource,
 * paged by cursor in each order, replies by ?parent=, hidden and pending comments left out, a deleted one without
 * text or name, bad parameters a 400 problem and unknown or non-public resources a 404.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { getCurrentOrganization } from '@/lib/organization/current';
import { buildOpenApiDocument } from '@/lib/open-data/openapi';
import { createTestUser } from '@/tests/factories/organization-admin';
import * as commentsRoute from '@/app/api/v1/comments/route';

const doc = buildOpenApiDocument('http://127.0.0.1:3000/api/v1');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const [id, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${id}`);
const request = (url: string) => new NextRequest(new URL(url, 'http://127.0.0.1:3000'));

async function get(url: string, status = 200) {
  const response = await commentsRoute.GET(request(url));
  expect(response.status, url).toBe(status);
  const body = await response.json();
  const validate = ajv.getSchema(status === 200 ? '#/components/schemas/CommentPage' : '#/components/schemas/Problem')!;
  expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
  return body;
}

let postId: string;
let draftId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const org = await getCurrentOrganization();
  const component = await db.component.findFirstOrThrow({ where: { kind: 'news', isPublished: true, space: { organizationId: org.id, isPublished: true, isPrivate: false } }, select: { id: true } });
  postId = (await db.newsPost.create({ data: { componentId: component.id, title: { fi: 'API-kommentit' }, body: { fi: 'x' }, publishAt: new Date(Date.now() - 3600_000) }, select: { id: true } })).id;
  draftId = (await db.newsPost.create({ data: { componentId: component.id, title: { fi: 'Luonnos' }, body: { fi: 'x' } }, select: { id: true } })).id;
  const writer = await createTestUser(org.id, { label: 'api-writer' });
  const base = Date.now() - 600_000;
  const make = async (key: string, extra: Record<string, unknown>, minute: number) => {
    ids[key] = (
      await db.comment.create({
        data: { organizationId: org.id, componentId: component.id, resourceType: 'news_post', resourceId: postId, authorId: writer.id, body: key, locale: 'fi', createdAt: new Date(base + minute * 1000), ...extra },
        select: { id: true },
      })
    ).id;
  };
  for (let i = 0; i < 5; i++) await make(`c${i}`, { upvoteCount: i === 3 ? 9 : 0 }, i);
  await make('hidden', { moderationState: 'HIDDEN' }, 10);
  await make('pending', { moderationState: 'PENDING' }, 11);
  await make('deleted', { body: '', deletedAt: new Date() }, 12);
  await make('reply', { parentId: ids.c0, depth: 1, officialRole: 'COORDINATOR' }, 13);
});

describe('/api/v1/comments', () => {
  it('lists public comments oldest first, paged by cursor, without hidden or pending ones', async () => {
    const all = await get(`/api/v1/comments?resource_type=news_post&resource_id=${postId}`);
    expect(all.data.map((c: { body: string | null }) => c.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', null]);
    expect(all.data.at(-1)).toMatchObject({ deleted: true, author: null, body: null });
    expect(all.data[0]).toMatchObject({ author: expect.stringContaining('api-writer'), depth: 0, parentId: null });
    const paged: string[] = [];
    let next: string | null = `/api/v1/comments?resource_type=news_post&resource_id=${postId}&limit=2`;
    while (next) {
      const page = await get(next);
      paged.push(...page.data.map((c: { id: string }) => c.id));
      next = page.links.next;
    }
    expect(paged).toEqual(all.data.map((c: { id: string }) => c.id));
    expect(paged).not.toContain(ids.hidden);
    expect(paged).not.toContain(ids.pending);
  });

  it('sorts by upvotes or newest, and lists the replies of one comment', async () => {
    const top = await get(`/api/v1/comments?resource_type=news_post&resource_id=${postId}&sort=top&limit=1`);
    expect(top.data[0].body).toBe('c3');
    const newest = await get(`/api/v1/comments?resource_type=news_post&resource_id=${postId}&sort=newest&limit=1`);
    expect(newest.data[0].id).toBe(ids.deleted);
    const replies = await get(`/api/v1/comments?resource_type=news_post&resource_id=${postId}&parent=${ids.c0}`);
    expect(replies.data).toHaveLength(1);
    expect(replies.data[0]).toMatchObject({ body: 'reply', officialRole: 'COORDINATOR', depth: 1 });
  });

  it('answers bad parameters with 400 and resources that are not public, or take no comments, with 404', async () => {
    await get('/api/v1/comments', 400);
    await get(`/api/v1/comments?resource_type=news_post&resource_id=${postId}&sort=best`, 400);
    await get(`/api/v1/comments?resource_type=news_post&resource_id=${postId}&cursor=eyJhZnRlciI6IngifQ`, 400);
    await get(`/api/v1/comments?resource_type=NEWS&resource_id=${postId}`, 400);
    await get(`/api/v1/comments?resource_type=news_post&resource_id=${draftId}`, 404);
    await get(`/api/v1/comments?resource_type=page&resource_id=${postId}`, 404);
    await get('/api/v1/comments?resource_type=news_post&resource_id=eiole', 404);
  });
});
