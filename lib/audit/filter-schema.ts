import { z, encodeMessage } from '@/lib/core/zod';
import { isIsoDate } from '@/lib/organization/schema';

export const AUDIT_PAGE_SIZE = 50;

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

const isoDate = z
  .string()
  .trim()
  .refine((v) => isIsoDate(v), { message: encodeMessage('invalidDate') });

/**
 * Filters of the audit log, read from the query string. Anything may arrive in a URL, so every value is checked
 * and a bad one becomes a message on the page instead of an error.
 */
export const AuditFilterSchema = z
  .object({
    action: optional(z.string().trim().max(100).regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/)),
    actorEmail: optional(z.string().trim().toLowerCase().max(254)),
    targetType: optional(z.string().trim().max(50).regex(/^[A-Za-z][A-Za-z0-9_]*$/)),
    spaceId: optional(z.string().trim().max(64).regex(/^[A-Za-z0-9_-]+$/)),
    from: optional(isoDate),
    to: optional(isoDate),
    page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: encodeMessage('dateOrder') });

export type AuditFilter = z.output<typeof AuditFilterSchema>;

