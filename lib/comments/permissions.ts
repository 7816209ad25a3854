import type { Actor } from '@/lib/auth/actor';
import { COMMENT_EDIT_WINDOW_MS } from './schema';

/**
 * Who may do what with one comment (pure functions, tested as a table). Whether commenting is open at all is the
 * component's `comment` action (lib/core/components/action-availability.ts); moderators act through lib/moderation/.
 */
type CommentFacts = { authorId: string | null; deletedAt: Date | null; moderationState: string; createdAt: Date };

/** Only the author, within 15 minutes, and only a comment that still stands (not deleted, not hidden). */
export function canEditComment(actor: Actor | null, comment: CommentFacts, now: Date): boolean {
  if (!actor || comment.authorId !== actor.userId) return false;
  if (comment.deletedAt || comment.moderationState === 'HIDDEN') return false;
  return now.getTime() - comment.createdAt.getTime() < COMMENT_EDIT_WINDOW_MS;
}

/** The author may always delete their own comment (also a hidden one: it is theirs to take back). */
export function canDeleteComment(actor: Actor | null, comment: CommentFacts): boolean {
  return !!actor && comment.authorId === actor.userId && !comment.deletedAt;
}

/** Upvotes and flags are for other people's public comments. */
export function canReactToComment(actor: Actor | null, comment: CommentFacts): boolean {
  return !!actor && comment.authorId !== actor.userId && !comment.deletedAt && comment.moderationState === 'VISIBLE';
}
