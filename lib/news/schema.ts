import { z } from '@/lib/core/zod';
import { encodeMessage } from '@/lib/core/validation-message';
import { localizedTextSchema, optionalLocalizedTextSchema } from '@/lib/core/localized-text';
import { zonedLocalToInstant } from '@/lib/core/zoned-time';
import { imageChoiceSchema } from '@/lib/images/image-input';

export const NEWS_TITLE_MAX = 200;
export const NEWS_SUMMARY_MAX = 600;
export const NEWS_BODY_MAX = 20_000;
export const NEWS_AREAS_MAX = 100;

/** How a post is published when saved: kept as a draft, published now, or scheduled for a later time. */
export const PUBLICATION_MODES = ['draft', 'now', 'schedule'] as const;
export type PublicationMode = (typeof PUBLICATION_MODES)[number];

/**
 * One news post; shared by the post form (client) and the server actions. The schedule time is a wall-clock time
 * in the organization's time zone ("YYYY-MM-DDTHH:mm" from a datetime-local input), so the schema is built for that
 * zone. A schedule time in the past is refused here (and again on the server, with the server's clock).
 */
export function newsPostInputSchema(timeZone: string, now: () => Date = () => new Date()) {
  return z
    .object({
      title: localizedTextSchema({ max: NEWS_TITLE_MAX }),
      summary: optionalLocalizedTextSchema({ max: NEWS_SUMMARY_MAX }),
      body: localizedTextSchema({ max: NEWS_BODY_MAX }),
      areaIds: z.array(z.string().trim().min(1).max(64)).max(NEWS_AREAS_MAX).transform((ids) => [...new Set(ids)]),
      publication: z.enum(PUBLICATION_MODES),
      scheduledAt: z.string().trim().max(32),
      isPinned: z.boolean(),
      /** An uploaded image with its alt text; null removes the image; absent keeps what the post has. */
      image: imageChoiceSchema.nullable().optional(),
    })
    .superRefine((value, ctx) => {
      if (value.publication !== 'schedule') return;
      const at = zonedLocalToInstant(value.scheduledAt, timeZone);
      if (!at) ctx.addIssue({ code: 'custom', path: ['scheduledAt'], message: encodeMessage('newsScheduleRequired') });
      else if (at.getTime() <= now().getTime()) ctx.addIssue({ code: 'custom', path: ['scheduledAt'], message: encodeMessage('newsScheduleInPast') });
    });
}
export type NewsPostInput = z.output<ReturnType<typeof newsPostInputSchema>>;
export type NewsPostFormValues = z.input<ReturnType<typeof newsPostInputSchema>>;

/** Ids travel from forms; only their shape is checked here, existence and scope by the queries. */
export const IdSchema = z.string().trim().min(1).max(64);
export const PinnedSchema = z.boolean();
