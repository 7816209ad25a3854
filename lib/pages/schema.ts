import { z } from '@/lib/core/zod';
import { encodeMessage } from '@/lib/core/validation-message';
import { localizedTextSchema } from '@/lib/core/localized-text';

export const PAGE_SLUG_MAX = 80;
export const PAGE_TITLE_MAX = 150;
export const PAGE_BODY_MAX = 20_000;

/** Lower-case letters, digits and single hyphens: the page's address inside its component. */
export const PAGE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One information page; shared by the page form (client) and the server actions. Bodies are Markdown. */
export const PageInputSchema = z.object({
  slug: z
    .string()
    .trim()
    .min(1)
    .max(PAGE_SLUG_MAX)
    .regex(PAGE_SLUG_PATTERN, { message: encodeMessage('slug') }),
  title: localizedTextSchema({ max: PAGE_TITLE_MAX }),
  body: localizedTextSchema({ max: PAGE_BODY_MAX }),
});
export type PageInput = z.output<typeof PageInputSchema>;
export type PageFormValues = z.input<typeof PageInputSchema>;

export const MoveDirectionSchema = z.enum(['up', 'down']);
export type MoveDirection = z.output<typeof MoveDirectionSchema>;

/** Ids travel from forms; only their shape is checked here, existence and scope by the queries. */
export const IdSchema = z.string().trim().min(1).max(64);

/** Suggests a slug from a title: "Usein kysyttyä" → "usein-kysyttya". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, PAGE_SLUG_MAX)
    .replace(/-+$/g, '');
}
