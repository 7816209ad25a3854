import 'server-only';
import { z } from 'zod';
import { asLocalizedText } from '@/lib/core/localized-text';
import { db } from '@/lib/db';
import { AREA_TARGET, SPACE_TARGET } from '@/lib/follows/follow-target';
import { notifyFollowers } from '@/lib/notifications/notify-followers';
import { publicNewsPath } from './paths';

export const NEWS_POST_RESOURCE = 'news_post';

const Payload = z.object({ postId: z.string().regex(/^[a-z0-9]{1,40}$/) });

/**
 * The announce-news-post task: when a post is out (published, its time come, not withdrawn), tells the followers of
 * its space, its areas and the post itself (lib/notifications/notify-followers.ts decides who may see it), then marks
 * it announced. Run again, it tells nobody twice (notifications are unique per person and event); a post withdrawn
 * before its time is not announced, and announced once only even if it is published again later.
 */
export async function announceNewsPost(payload: unknown, now = new Date()): Promise<{ notified: number; mailed: number } | null> {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) return null;
  const post = await db.newsPost.findUnique({
    where: { id: parsed.data.postId },
    select: {
      id: true,
      title: true,
      publishAt: true,
      unpublishedAt: true,
      notifiedAt: true,
      authorId: true,
      areas: { select: { areaId: true } },
      component: { select: { id: true, space: { select: { id: true, slug: true, title: true, organizationId: true } } } },
    },
  });
  if (!post || post.notifiedAt || post.unpublishedAt || !post.publishAt || post.publishAt > now) return null;
  const space = post.component.space;
  const result = await notifyFollowers({
    organizationId: space.organizationId,
    kind: 'news_published',
    eventKey: `news_published:${post.id}`,
    resource: { type: NEWS_POST_RESOURCE, id: post.id },
    followedTargets: [
      { type: SPACE_TARGET, id: space.id },
      ...post.areas.map((a) => ({ type: AREA_TARGET, id: a.areaId })),
      { type: NEWS_POST_RESOURCE, id: post.id },
    ],
    data: { title: { fi: '', ...asLocalizedText(post.title) }, context: { fi: '', ...asLocalizedText(space.title) }, path: publicNewsPath(space.slug, post.component.id, post.id) },
    exceptUserId: post.authorId,
  });
  await db.newsPost.updateMany({ where: { id: post.id, notifiedAt: null }, data: { notifiedAt: now } });
  return result;
}
