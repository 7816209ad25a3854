import type { Tx } from '@/lib/db';

/** Where content stands: public, waiting for a moderator's approval, or hidden by flags or a moderator. */
export type ModeratedState = 'VISIBLE' | 'PENDING' | 'HIDDEN';

/**
 * Content as the moderators' queue and the flag form see it (issue 7): comments, and resource types that take flags
 * (debates now; ideas later) by declaring `moderation` in their type's definition.
 */
export type ModeratedContent = {
  organizationId: string;
  spaceId: string;
  componentId: string;
  authorId: string | null;
  state: ModeratedState;
  /** Deleted by its author: nothing left to decide. */
  deleted: boolean;
  /** The resource's localized title (for a comment, the commented resource's). */
  title: unknown;
  /** The flagged text itself, shown to moderators only. */
  text: string;
  /** Public path without the locale, where the content is in its context. */
  path: string;
  /** The resource whose visibility decides who may flag it (a comment's resource). */
  resource: { type: string; id: string };
};

export type ModerationTargetDefinition = {
  load: (db: Tx, id: string) => Promise<ModeratedContent | null>;
  /** Moves the content to a new state in the moderator's transaction, with what follows (counts, announcements). */
  setState: (tx: Tx, id: string, from: ModeratedState, to: ModeratedState) => Promise<void>;
};
