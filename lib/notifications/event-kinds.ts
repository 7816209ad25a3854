/**
 * The kinds of events people are notified of (issue 6, 1.6). Each person chooses per kind whether email comes at
 * once, in the daily digest or not at all (NotificationPreference); the in-app centre always lists them. Features
 * add their kinds here (a reply to one's comment, an answer to one's idea, a vote opening...), with texts under
 * `notifications.kinds.<kind>` and `mail.notifications.<kind>` in every language.
 */
export const NOTIFICATION_KINDS = {
  /** A news post was published where the person follows (its space, one of its areas). */
  news_published: { defaultEmail: 'DAILY' },
  /** Someone commented on what the person wrote or follows (a debate, a news post). */
  comment_posted: { defaultEmail: 'DAILY' },
  /** Someone replied to the person's comment: a conversation waits for them, so by default at once. */
  comment_reply: { defaultEmail: 'IMMEDIATE' },
  /** An idea the person wrote, supports or follows changed state or got the city's answer: the loop closes at once. */
  idea_answered: { defaultEmail: 'IMMEDIATE' },
  /** The author of an idea invited the person to be its co-author: an answer is awaited, so at once. */
  idea_coauthor_invited: { defaultEmail: 'IMMEDIATE' },
  /** A coordinator assigned the person (an evaluator) to review an idea, with its due date. */
  idea_assigned: { defaultEmail: 'IMMEDIATE' },
  /** A moderator hid, restored, approved or rejected something the person wrote, and why. */
  content_moderated: { defaultEmail: 'IMMEDIATE' },
} as const satisfies Record<string, { defaultEmail: NotificationEmailChoice }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export type NotificationEmailChoice = 'IMMEDIATE' | 'DAILY' | 'OFF';
export const NOTIFICATION_EMAIL_CHOICES = ['IMMEDIATE', 'DAILY', 'OFF'] as const satisfies readonly NotificationEmailChoice[];

export const notificationKinds = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value);
}

/** The person's choice for a kind, or the kind's default when they have not chosen. */
export function emailChoiceFor(kind: NotificationKind, stored: readonly { kind: string; email: NotificationEmailChoice }[]): NotificationEmailChoice {
  return stored.find((p) => p.kind === kind)?.email ?? NOTIFICATION_KINDS[kind].defaultEmail;
}
