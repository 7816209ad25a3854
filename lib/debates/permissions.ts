import { type Actor, hasSpaceRole } from '@/lib/auth/actor';
import type { ActionAvailability } from '@/lib/core/components/action-availability';
import type { ComponentPermission } from '@/lib/core/components/definition';
import { canManageComponents, canViewSpace } from '@/lib/spaces/permissions';

/**
 * The permission table of the Debates kind (its definition, server actions, views). Pure functions of the actor, the
 * component and — for one debate — the facts below, tested as decision tables (./permissions.test.ts). Which debates
 * a query returns is the same rule as a WHERE clause (./visibility.ts); these decide single cases.
 */
type PermissionCtx = Parameters<ComponentPermission>[1];

export type DebateModerationState = 'VISIBLE' | 'PENDING' | 'HIDDEN';

/** What decisions about one debate depend on. */
export type DebateFacts = {
  authorId: string | null;
  isOfficial: boolean;
  moderationState: DebateModerationState;
  closedAt: Date | null;
  /** Comments written on it, in any state (CommentStats counts only visible ones, so this is counted apart). */
  commentCount: number;
};

/** As for Pages and News: readers need to see the space; an unpublished component only those preparing it. */
export function canReadDebates(actor: Actor | null, { space, component }: PermissionCtx): boolean {
  if (component.spaceId !== space.id || !canViewSpace(actor, space)) return false;
  return component.isPublished || canManageComponents(actor, space);
}

/** Officials — whoever manages the space's components — open, edit, close, reopen and delete debates. */
export function canManageDebates(actor: Actor | null, { space, component }: PermissionCtx): boolean {
  return component.spaceId === space.id && canManageComponents(actor, space);
}

/** Those who decide on residents' content: the officials and the space's moderators (pending and hidden debates). */
export function canModerateDebates(actor: Actor | null, ctx: PermissionCtx): boolean {
  if (canManageDebates(actor, ctx)) return true;
  const { space, component } = ctx;
  return component.spaceId === space.id && !!actor && actor.organizationId === space.organizationId && hasSpaceRole(actor, space.id, ['MODERATOR']);
}

function isAuthor(actor: Actor | null, debate: Pick<DebateFacts, 'authorId'>): actor is Actor {
  return !!actor && debate.authorId !== null && debate.authorId === actor.userId;
}

/**
 * Whether the actor sees a debate's title and text: a public one whoever may read the component; a pending one only
 * its author and those who moderate; a hidden one only those who moderate (everyone else sees a placeholder).
 */
export function canSeeDebateContent(actor: Actor | null, ctx: PermissionCtx, debate: Pick<DebateFacts, 'authorId' | 'moderationState'>): boolean {
  if (!canReadDebates(actor, ctx)) return false;
  if (debate.moderationState === 'VISIBLE') return true;
  if (debate.moderationState === 'PENDING' && isAuthor(actor, debate) && actor.organizationId === ctx.space.organizationId) return true;
  return canModerateDebates(actor, ctx);
}

/**
 * A resident may start a debate where the component allows residents' debates and its `create_debate` action is open
 * to them now (the active phase's switch, signed in: ADR 025).
 */
export function canStartDebate(actor: Actor | null, ctx: PermissionCtx, component: { allowResidentDebates: boolean; availability: ActionAvailability }): boolean {
  return !!actor && canReadDebates(actor, ctx) && component.allowResidentDebates && component.availability.available;
}

/**
 * The author of a resident's debate may correct it while nobody has commented on it, and while it is open and not
 * hidden by a moderator. Officials edit every debate from the admin view instead (canManageDebates).
 */
export function canEditOwnDebate(actor: Actor | null, ctx: PermissionCtx, debate: DebateFacts): boolean {
  return (
    isAuthor(actor, debate) &&
    !debate.isOfficial &&
    canReadDebates(actor, ctx) &&
    debate.closedAt === null &&
    debate.moderationState !== 'HIDDEN' &&
    debate.commentCount === 0
  );
}

/** Deleting is for officials, and only while nobody has commented: what people wrote is not thrown away. */
export function canDeleteDebate(actor: Actor | null, ctx: PermissionCtx, debate: Pick<DebateFacts, 'commentCount'>): boolean {
  return canManageDebates(actor, ctx) && debate.commentCount === 0;
}

export const debatesPermissions = {
  read: canReadDebates,
  manage: canManageDebates,
  moderate: canModerateDebates,
} satisfies Record<string, ComponentPermission>;
