import type { Tx } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { TASK } from '@/lib/jobs/task-names';

/**
 * Queues the notifications about a comment that has become public (posted, or approved by a moderator) in the
 * transaction that makes it so; the job (./comment-notice.ts) checks again that it is still public.
 */
export async function queueCommentAnnouncement(tx: Tx, commentId: string): Promise<void> {
  await enqueueJob(tx, TASK.announceComment, { commentId }, { jobKey: `announce-comment:${commentId}` });
}
