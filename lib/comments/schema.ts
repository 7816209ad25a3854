import { z } from '@/lib/core/zod';

/** Comment texts are plain text (shown with line breaks, never as HTML or Markdown): a script stays text. */
export const COMMENT_MAX_LENGTH = 3000;
/** Depth 0 is a comment on the resource; replies go three levels below it (the database checks it too). */
export const COMMENT_MAX_DEPTH = 3;
/** The author may correct a comment for this long; after it, "muokattu" shows on an edited one for good. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;

export const COMMENT_ALIGNMENTS = ['FOR', 'AGAINST', 'NEUTRAL'] as const;
export type CommentAlignment = (typeof COMMENT_ALIGNMENTS)[number];

export const COMMENT_SORTS = ['oldest', 'newest', 'top'] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];

const Id = z.string().regex(/^[a-z0-9]{1,40}$/);
const ResourceType = z.string().regex(/^[a-z][a-z_]{0,39}$/);

export const CommentBodySchema = z.string().trim().min(1).max(COMMENT_MAX_LENGTH);

/** The comment form (the browser validates with it too). */
export const CommentFormSchema = z.object({
  body: CommentBodySchema,
  /** '' = no stance given; required only where the component asks for it (checked against its settings). */
  alignment: z.enum([...COMMENT_ALIGNMENTS, '']).default(''),
});
export type CommentFormValues = z.input<typeof CommentFormSchema>;

export const PostCommentSchema = CommentFormSchema.extend({
  resourceType: ResourceType,
  resourceId: Id,
  parentId: Id.nullish(),
});
export type PostCommentInput = z.output<typeof PostCommentSchema>;

export const EditCommentSchema = z.object({ commentId: Id, body: CommentBodySchema });
export const CommentIdSchema = Id;
export const ResourceRefSchema = z.object({ type: ResourceType, id: Id });
export const CommentIdsSchema = z.array(Id).max(300);
