'use server';

import { requireActor } from '@/lib/auth/current-actor';
import { type ActionResult, parseInput, runAction } from '@/lib/core/action-result';
import { deleteComment, editComment, postComment, setCommentUpvote } from './mutations';
import { CommentIdSchema, CommentIdsSchema, ResourceRefSchema } from './schema';
import { type CommentViewerState, readViewerState } from './viewer-state';
import { z } from '@/lib/core/zod';

/**
 * Server actions of comments (issue 7): each authenticates itself and leaves every rule to the domain functions in
 * ./mutations.ts (visibility of the resource, the phase's switch, the parent, the author, rate limits). Pages with
 * threads are shared by every resident (ADR 021), so the browser refreshes the page itself after a change.
 */
export async function postCommentAction(input: unknown): Promise<ActionResult<{ id: string; pending: boolean }>> {
  return runAction(async () => postComment(await requireActor(), input));
}

export async function editCommentAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    await editComment(await requireActor(), input);
    return undefined;
  });
}

export async function deleteCommentAction(commentId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    await deleteComment(actor, parseInput(CommentIdSchema, commentId));
    return undefined;
  });
}

export async function setCommentUpvoteAction(commentId: unknown, upvoted: unknown): Promise<ActionResult<{ upvoted: boolean; count: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    return setCommentUpvote(actor, parseInput(CommentIdSchema, commentId), parseInput(z.boolean(), upvoted));
  });
}

/** The signed-in viewer's own marks on the comments shown (./viewer-state.ts). */
export async function commentViewerStateAction(resource: unknown, commentIds: unknown): Promise<ActionResult<CommentViewerState>> {
  return runAction(async () => {
    const actor = await requireActor();
    return readViewerState(actor, parseInput(ResourceRefSchema, resource), parseInput(CommentIdsSchema, commentIds));
  });
}
