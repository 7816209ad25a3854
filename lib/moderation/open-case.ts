import type { Tx } from '@/lib/db';

/** What a moderation case is about and where: the space decides who moderates it. */
export type ModerationSubject = {
  organizationId: string;
  spaceId: string;
  componentId: string;
  /** "comment" or a resource type ("debate"...). */
  targetType: string;
  targetId: string;
  authorId: string | null;
};

/**
 * Puts new content under pre-moderation in the moderators' queue, in the transaction that stores it: the content
 * itself is stored PENDING and stays out of public views until a moderator approves it (lib/moderation/decide.ts).
 */
export async function openPreModeration(tx: Tx, subject: ModerationSubject): Promise<void> {
  await tx.moderation.create({ data: { ...subject, awaitingApproval: true, state: 'OPEN' } });
}
