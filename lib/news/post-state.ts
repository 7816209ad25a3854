/** The state an editor sees for a post, derived from its times; `now` is passed so that tests fix the clock. */
export type NewsPostState = 'draft' | 'scheduled' | 'published' | 'unpublished';

export function newsPostState(post: { publishAt: Date | null; unpublishedAt: Date | null }, now: Date): NewsPostState {
  if (post.unpublishedAt) return 'unpublished';
  if (!post.publishAt) return 'draft';
  return post.publishAt.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** Only drafts may be deleted: whatever residents may have read stays on record and is unpublished instead. */
export function canDeleteNewsPost(post: { publishAt: Date | null; unpublishedAt: Date | null }, now: Date): boolean {
  return newsPostState(post, now) === 'draft';
}
