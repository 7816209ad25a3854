import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { findApiComments } from '@/lib/comments/api-queries';
import { isCommentableType } from '@/lib/comments/comment-target';
import { commentPath } from '@/lib/comments/paths';
import { COMMENT_SORTS } from '@/lib/comments/schema';
import { decodeThreadCursor } from '@/lib/comments/thread-cursor';
import { resourceTypes } from '@/lib/core/components/registry';
import { isResourceVisible } from '@/lib/core/resources/visible-resources';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { encodeCursor } from '@/lib/open-data/cursor';
import { preflight, problem } from '@/lib/open-data/http';
import { apiBase } from '@/lib/open-data/queries';
import { apiOrganizationId, nextPageUrl, parseListQuery, selfUrl } from '@/lib/open-data/route-helpers';
import type { ApiComment } from '@/lib/open-data/schemas';
import { sharedJsonAnswer } from '@/lib/open-data/shared-answers';

const Id = z.string().regex(/^[a-z0-9]{1,40}$/);

/**
 * GET /api/v1/comments?resource_type=&resource_id= — public comments on a resource visible to everyone, a page at a
 * time in the thread's orders; ?parent=<id> for the replies to one comment.
 */
export async function GET(request: NextRequest) {
  const query = parseListQuery(request, {
    resource_type: z.string().regex(/^[a-z][a-z_]{0,39}$/),
    resource_id: Id,
    parent: Id.optional(),
    sort: z.enum(COMMENT_SORTS).default('oldest'),
  });
  if (!query.ok) return query.response;
  const { resource_type: type, resource_id: id, parent, sort } = query.filters;
  // The cursor is checked before anything is read, so that a shared answer's null can only mean "not found".
  if (query.after !== null && !decodeThreadCursor(query.after, sort)) return problem(400, 'bad-request', 'Invalid query parameter', 'cursor: not a cursor of this list');
  const ref = { type, id };
  const base = `${apiBase()}/comments`;
  const answer = await sharedJsonAnswer(request, async () => {
    if (!isCommentableType(type) || !(await isResourceVisible(null, await apiOrganizationId(), ref))) return null;
    const [page, resource] = await Promise.all([
      findApiComments(ref, { parentId: parent ?? null, sort, cursor: query.after, limit: query.limit }),
      resourceTypes[type]!.comments!.load(db, id),
    ]);
    if (page === 'badCursor' || !resource) return null;
    const data: ApiComment[] = page.items.map((c) => ({
      ...c,
      officialRole: c.officialRole as ApiComment['officialRole'],
      alignment: c.alignment as ApiComment['alignment'],
      createdAt: c.createdAt.toISOString(),
      editedAt: c.editedAt?.toISOString() ?? null,
      links: { html: new URL(`/fi${commentPath(resource.path, c.id)}`, env().APP_URL).toString() },
    }));
    return {
      body: { data, links: { self: selfUrl(request, base), next: nextPageUrl(request, base, page.nextCursor ? encodeCursor(page.nextCursor) : null) } },
      lastModified: page.lastModified,
    };
  });
  return answer ?? problem(404, 'not-found', 'Not found', 'No such public resource, or it takes no comments.');
}

export const OPTIONS = preflight;
