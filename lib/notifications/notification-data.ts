import { z } from 'zod';

/**
 * What a notification shows, stored with it as it was when the event happened: the resource's title, where it is
 * (a space's name) and its address without a locale. Read back with a schema, so an old or damaged row shows as
 * nothing rather than breaking the centre.
 */
const Localized = z.record(z.string(), z.string()).refine((v) => typeof v.fi === 'string');

export const NotificationDataSchema = z.object({
  title: Localized,
  context: Localized,
  /** A path on this site, e.g. /spaces/neulamaki/c/abc/def (?kommentti=<id>#kommentti-<id>); the centre adds the locale. */
  path: z.string().regex(/^\/[A-Za-z0-9/_-]*(\?[a-z]+=[a-z0-9]+)?(#[a-z0-9-]+)?$/),
});

export type NotificationData = z.infer<typeof NotificationDataSchema>;

export function readNotificationData(value: unknown): NotificationData | null {
  const parsed = NotificationDataSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
