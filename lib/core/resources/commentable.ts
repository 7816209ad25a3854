import type { Tx } from '@/lib/db';

/**
 * Comments are one capability for every resource kind (issue 7): a kind enables them for one of its resource types
 * by declaring `comments` in the type's definition, and lib/comments/ does the rest — threads, upvotes, flags,
 * notifications, the API. What the comment code needs to know of a resource is this.
 */
export type CommentableResource = {
  componentId: string;
  spaceId: string;
  /** New comments are refused while this holds (a closed debate), whatever the phase allows. */
  closedForComments: boolean;
  /** The resource's author, told of new comments (null for none or a deleted account). */
  authorId: string | null;
  /** Localized title {fi, sv, en}, for notifications and the moderators' queue. */
  title: unknown;
  /** Public path without the locale, e.g. /spaces/neulamaki-2026/c/<componentId>/<id>. */
  path: string;
  /** Besides the resource itself, whose followers hear of new comments (none by default: they follow the resource). */
  alsoFollowedTargets?: readonly { type: string; id: string }[];
};

export type CommentsDefinition = {
  /** The resource as comments see it, or null when it does not exist. Visibility is checked apart (visibleResources). */
  load: (db: Tx, id: string) => Promise<CommentableResource | null>;
};
