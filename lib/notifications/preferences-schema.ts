import { z } from 'zod';
import { NOTIFICATION_EMAIL_CHOICES, notificationKinds, type NotificationEmailChoice, type NotificationKind } from './event-kinds';

export type EmailPreferences = Record<NotificationKind, NotificationEmailChoice>;

/** One choice per kind of event; the same schema checks the form in the browser and the action on the server. */
export const EmailPreferencesSchema = z
  .object(Object.fromEntries(notificationKinds.map((k) => [k, z.enum(NOTIFICATION_EMAIL_CHOICES)])) as Record<NotificationKind, z.ZodEnum<{ [K in NotificationEmailChoice]: K }>>)
  .strict();
