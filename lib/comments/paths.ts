/**
 * A comment's address: its resource's page showing the comment's own part of the thread (the comment, its replies
 * a page at a time), scrolled to it. Used by notifications and the moderators' queue.
 */
export const COMMENT_FOCUS_PARAM = 'kommentti';

export function commentAnchor(commentId: string): string {
  return `kommentti-${commentId}`;
}

export function commentPath(resourcePath: string, commentId: string): string {
  return `${resourcePath}?${COMMENT_FOCUS_PARAM}=${commentId}#${commentAnchor(commentId)}`;
}
