import 'server-only';
import type { JobHelpers, Task, TaskList } from 'graphile-worker';
import { deliverMail } from '@/lib/mail/deliver-mail';
import { cleanUpExpiredRows } from '@/lib/maintenance/clean-up';
import { announceNewsPost } from '@/lib/news/publication-notice';
import { announceComment } from '@/lib/comments/comment-notice';
import { announceModeration } from '@/lib/moderation/decision-notice';
import { announceIdeaChange } from '@/lib/ideas/change-notice';
import { runNewsletterSend } from '@/lib/newsletters/send-job';
import { queueDueDigests, runOrganizationDigest } from '@/lib/notifications/daily-digest';
import { hourPeriod, runOncePerPeriod } from './run-once-per-period';
import { TASK, type TaskName } from './task-names';

/**
 * Every background task and its handler (docs/decisions/023-background-jobs.md); the compiler refuses a task name
 * without a handler. Handlers parse their payload themselves and throw to be retried.
 */
export const TASKS = {
  [TASK.sendMail]: (payload: unknown, helpers: JobHelpers) => deliverMail(payload, helpers.job),
  [TASK.cleanUp]: async (_payload: unknown, helpers: JobHelpers) => {
    const result = await runOncePerPeriod(TASK.cleanUp, hourPeriod(new Date()), () => cleanUpExpiredRows());
    if (result) helpers.logger.info(`clean-up: ${JSON.stringify(result)}`);
  },
  [TASK.announceNewsPost]: async (payload: unknown, helpers: JobHelpers) => {
    const result = await announceNewsPost(payload);
    if (result) helpers.logger.info(`announce-news-post: ${JSON.stringify(result)}`);
  },
  [TASK.announceComment]: async (payload: unknown, helpers: JobHelpers) => {
    const result = await announceComment(payload);
    if (result) helpers.logger.info(`announce-comment: ${JSON.stringify(result)}`);
  },
  [TASK.announceModeration]: async (payload: unknown, helpers: JobHelpers) => {
    const result = await announceModeration(payload);
    if (result) helpers.logger.info(`announce-moderation: ${JSON.stringify(result)}`);
  },
  [TASK.announceIdeaChange]: async (payload: unknown, helpers: JobHelpers) => {
    const result = await announceIdeaChange(payload);
    if (result) helpers.logger.info(`announce-idea-change: ${JSON.stringify(result)}`);
  },
  [TASK.notificationDigest]: async () => {
    await queueDueDigests();
  },
  [TASK.organizationDigest]: async (payload: unknown, helpers: JobHelpers) => {
    const result = await runOrganizationDigest(payload);
    if (result) helpers.logger.info(`organization-digest: ${JSON.stringify(result)}`);
  },
  [TASK.sendNewsletter]: async (payload: unknown, helpers: JobHelpers) => {
    const result = await runNewsletterSend(payload);
    if (result) helpers.logger.info(`send-newsletter: ${JSON.stringify(result)}`);
  },
} satisfies Record<TaskName, Task>;

export const taskList: TaskList = TASKS;

/**
 * Periodic tasks, in crontab syntax (UTC): graphile-worker schedules each tick once however many workers run
 * (its known_crontabs row is claimed per tick), and runOncePerPeriod guards the work itself. `fill=2h`: a worker
 * that was down catches up ticks missed in the last two hours.
 */
export const CRONTAB = [
  `17 * * * * ${TASK.cleanUp} ?fill=2h&max=3`,
  // Hourly: each organization's digests go out at the first tick after its local morning (DIGEST_HOUR), once a day.
  `7 * * * * ${TASK.notificationDigest} ?fill=2h&max=3`,
].join('\n');
