/**
 * The names of the background tasks (docs/decisions/023-background-jobs.md). Kept apart from the task list so that
 * features can queue jobs without importing every handler.
 */
export const TASK = {
  /** Sends one queued mail (lib/mail/deliver-mail.ts). */
  sendMail: 'send-mail',
  /** Deletes expired sessions, tokens, rate-limit rows and old delivery records (lib/maintenance/clean-up.ts). */
  cleanUp: 'clean-up',
  /** Tells a news post's followers that it is out (lib/news/publication-notice.ts), at its publication time. */
  announceNewsPost: 'announce-news-post',
  /** Tells the people concerned of a new public comment: the resource's author and followers, the person replied to. */
  announceComment: 'announce-comment',
  /** Tells the author of moderated content what a moderator decided and why (lib/moderation/decision-notice.ts). */
  announceModeration: 'announce-moderation',
  /** Tells an idea's author, supporters and followers that its state or answer changed (lib/ideas/change-notice.ts). */
  announceIdeaChange: 'announce-idea-change',
  /** Hourly: queues an organization-digest job for each organization whose morning has come (lib/notifications/daily-digest.ts). */
  notificationDigest: 'notification-digest',
  /** Sends one organization's daily notification digests for one local day, once. */
  organizationDigest: 'organization-digest',
  /** Addresses a newsletter being sent to its recipients and queues their mail (lib/newsletters/send-job.ts). */
  sendNewsletter: 'send-newsletter',
} as const;

export type TaskName = (typeof TASK)[keyof typeof TASK];
