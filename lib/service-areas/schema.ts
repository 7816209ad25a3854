import { z } from '@/lib/core/zod';
import { localizedTextSchema } from '@/lib/core/localized-text';

export const SERVICE_AREA_NAME_MAX = 120;

export const serviceAreaInputSchema = z.object({ name: localizedTextSchema({ max: SERVICE_AREA_NAME_MAX }) });
export type ServiceAreaFormValues = z.input<typeof serviceAreaInputSchema>;

/** A user's service area: an id, or '' for none. */
export const userServiceAreaSchema = z.object({
  serviceAreaId: z
    .string()
    .trim()
    .max(64)
    .transform((v) => (v === '' ? null : v)),
});
export type UserServiceAreaFormValues = z.input<typeof userServiceAreaSchema>;
