/**
 * The names of the background tasks (docs/decisions/023-background-jobs.md). Kept apart from the task list so that
 * features can queue jobs without importing every handler.
 */
export const TASK = {
  /** Sends one queued mail (lib/mail/deliver-mail.ts). */
  sendMail: 'send-mail',
  /** Deletes expired sessions, tokens, rate-limit rows and old delivery records (lib/maintenance/clean-up.ts). */
  cleanUp: 'clean-up',
} as const;

export type TaskName = (typeof TASK)[keyof typeof TASK];
