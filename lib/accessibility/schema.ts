import { z, encodeMessage } from '@/lib/core/zod';

export const FEEDBACK_MESSAGE_MIN = 10;
export const FEEDBACK_MESSAGE_MAX = 5000;

const emailCheck = z.email();

/** An optional text field: empty means "not given". */
function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : undefined));
}

/**
 * A page address on this site: a path such as /fi/areas/neulamaki, or a full http(s) address that the server
 * checks against its own origin (normalizeFeedbackPageUrl). "//host/…" is refused because browsers read it as
 * another site.
 */
export function isPathOrHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\');
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const FeedbackSchema = z.object({
  name: optionalText(120),
  email: optionalText(254)
    .transform((v) => v?.toLowerCase())
    .refine((v) => v === undefined || emailCheck.safeParse(v).success, { message: encodeMessage('invalidEmail') }),
  pageUrl: optionalText(500).refine((v) => v === undefined || isPathOrHttpUrl(v), { message: encodeMessage('pageUrl') }),
  // min(1) first, so an empty message says "required" rather than "write at least 10 characters".
  message: z.string().trim().min(1).min(FEEDBACK_MESSAGE_MIN).max(FEEDBACK_MESSAGE_MAX),
});

export type FeedbackInput = z.input<typeof FeedbackSchema>;
export type Feedback = z.output<typeof FeedbackSchema>;

/**
 * Keeps only addresses of this site, stored as a path (so a change of domain does not break them). Returns
 * null for another site's address; the caller reports that as a field error.
 */
export function normalizeFeedbackPageUrl(value: string, appUrl: string): string | null {
  const origin = new URL(appUrl).origin;
  const url = new URL(value, origin);
  if (url.origin !== origin) return null;
  // "/.//evil.example/x" resolves to the path "//evil.example/x", which a browser would read as another site.
  if (url.pathname.startsWith('//') || url.pathname.includes('\\')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
