import { z } from '@/lib/core/zod';
import { localizedTextSchema } from '@/lib/core/localized-text';

/** Officials write in every language, the description in Markdown (rendered without raw HTML). */
export const DEBATE_TITLE_MAX = 200;
export const DEBATE_DESCRIPTION_MAX = 20_000;
export const DEBATE_CONCLUSION_MAX = 5_000;
/** Residents write plain text in their own language (shown with its line breaks, never as Markdown or HTML). */
export const RESIDENT_DEBATE_TITLE_MAX = 150;
export const RESIDENT_DEBATE_TITLE_MIN = 5;
export const RESIDENT_DEBATE_DESCRIPTION_MAX = 5_000;
export const DEBATE_AREAS_MAX = 50;

/** Ids travel from forms; only their shape is checked here, existence and scope by the mutations. */
export const IdSchema = z.string().trim().min(1).max(64);

const areaIds = z
  .array(IdSchema)
  .max(DEBATE_AREAS_MAX)
  .transform((ids) => [...new Set(ids)]);

/** An official's debate (the admin form and its server actions). */
export const officialDebateInputSchema = z.object({
  title: localizedTextSchema({ max: DEBATE_TITLE_MAX }),
  description: localizedTextSchema({ max: DEBATE_DESCRIPTION_MAX }),
  areaIds,
});
export type OfficialDebateInput = z.output<typeof officialDebateInputSchema>;
export type OfficialDebateFormValues = z.input<typeof officialDebateInputSchema>;

/** A resident's debate: one language (theirs), plain text, areas optional (the space's own). */
export const residentDebateInputSchema = z.object({
  title: z.string().trim().min(RESIDENT_DEBATE_TITLE_MIN).max(RESIDENT_DEBATE_TITLE_MAX),
  description: z.string().trim().min(1).max(RESIDENT_DEBATE_DESCRIPTION_MAX),
  areaIds: areaIds.default([]),
});
export type ResidentDebateInput = z.output<typeof residentDebateInputSchema>;
export type ResidentDebateFormValues = z.input<typeof residentDebateInputSchema>;

/** Closing a debate: what was concluded, in every language the official writes (Finnish required). */
export const conclusionInputSchema = z.object({
  conclusion: localizedTextSchema({ max: DEBATE_CONCLUSION_MAX }),
});
export type ConclusionInput = z.output<typeof conclusionInputSchema>;
export type ConclusionFormValues = z.input<typeof conclusionInputSchema>;
