import type { Tx } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { TASK } from '@/lib/jobs/task-names';

/**
 * Queues the announcement of a post to its followers for its publication time (now, or the scheduled time), in the
 * transaction that saves the post. The job key is the post's, so rescheduling moves the one pending job instead of
 * adding a second; the job itself (./publication-notice.ts) checks again that the post is out and not yet announced.
 * Kept apart from the job so that the seed can queue announcements of scheduled demo posts.
 */
export async function queueNewsAnnouncement(tx: Tx, post: { id: string; publishAt: Date | null; notifiedAt: Date | null }): Promise<void> {
  if (!post.publishAt || post.notifiedAt) return;
  await enqueueJob(tx, TASK.announceNewsPost, { postId: post.id }, { runAt: post.publishAt, jobKey: `announce-news-post:${post.id}` });
}
