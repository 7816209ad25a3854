/**
 * Every kind of mail the platform sends. The admin's delivery list names them (messages `admin.mail.kinds.*`);
 * a kind is a category, never content.
 */
export const MAIL_KINDS = [
  'account.confirmation',
  'account.password-reset',
  'account.password-changed',
  'account.email-change',
  'account.email-changed',
  'accessibility.feedback',
  /** One event told at once (lib/notifications/). */
  'notification.event',
  /** The daily digest of a person's notifications. */
  'notification.digest',
  /** A newsletter to people who opted in (lib/newsletters/). */
  'newsletter',
] as const;

export type MailKind = (typeof MAIL_KINDS)[number];

export function isMailKind(value: string): value is MailKind {
  return (MAIL_KINDS as readonly string[]).includes(value);
}
