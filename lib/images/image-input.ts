import { z } from '@/lib/core/zod';
import { encodeMessage } from '@/lib/core/validation-message';
import { optionalLocalizedTextSchema } from '@/lib/core/localized-text';

export const IMAGE_ALT_MAX = 300;

/**
 * The image a form attaches to its resource: an uploaded image's id, its alt text per language and the "decorative"
 * mark. An image that conveys something needs alt text in the default language (Finnish); a decorative one needs
 * none and keeps none. Shared by forms (react-hook-form) and the server, so both give the same message.
 */
export const imageChoiceSchema = z
  .object({
    id: z.string().trim().regex(/^[a-z0-9]{8,40}$/),
    alt: optionalLocalizedTextSchema({ max: IMAGE_ALT_MAX }),
    decorative: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (!value.decorative && !value.alt.fi) ctx.addIssue({ code: 'custom', path: ['alt', 'fi'], message: encodeMessage('imageAltMissing') });
  })
  .transform((value) => (value.decorative ? { ...value, alt: {} } : value));
export type ImageChoice = z.output<typeof imageChoiceSchema>;
export type ImageChoiceFormValues = z.input<typeof imageChoiceSchema>;

/** Why an upload was refused, as message keys of messages/<locale>/validation.json (keys cannot contain "."). */
export const IMAGE_REFUSAL_MESSAGES = {
  tooLarge: 'imageTooLarge',
  notAnImage: 'imageNotAnImage',
  tooManyPixels: 'imageTooManyPixels',
  unreadable: 'imageUnreadable',
} as const;
