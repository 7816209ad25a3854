import { z } from '@/lib/core/zod';
import { encodeMessage } from '@/lib/core/validation-message';
import { localizedTextSchema } from '@/lib/core/localized-text';

export const NEWSLETTER_SUBJECT_MAX = 200;
export const NEWSLETTER_BODY_MAX = 20_000;

export const NEWSLETTER_AUDIENCES = ['SPACE_FOLLOWERS', 'AREA_FOLLOWERS', 'ALL_OPTED_IN'] as const;
export type NewsletterAudienceValue = (typeof NEWSLETTER_AUDIENCES)[number];

/**
 * A newsletter as its form sends it; shared by the form (client) and the actions. The target is the space or area
 * whose followers receive it — checked against what the writer may address on the server (./audience.ts).
 */
export const newsletterInputSchema = z
  .object({
    subject: localizedTextSchema({ max: NEWSLETTER_SUBJECT_MAX }),
    body: localizedTextSchema({ max: NEWSLETTER_BODY_MAX }),
    audience: z.enum(NEWSLETTER_AUDIENCES),
    targetId: z.string().trim().max(64),
  })
  .superRefine((value, ctx) => {
    if (value.audience !== 'ALL_OPTED_IN' && !value.targetId) ctx.addIssue({ code: 'custom', path: ['targetId'], message: encodeMessage('newsletterTargetRequired') });
  });

export type NewsletterInput = z.output<typeof newsletterInputSchema>;
export type NewsletterFormValues = z.input<typeof newsletterInputSchema>;

export const NewsletterIdSchema = z.string().trim().regex(/^[a-z0-9]{1,40}$/);
export const TestLocaleSchema = z.enum(['fi', 'sv', 'en']);
