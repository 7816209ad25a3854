import { type Actor, hasSpaceRole, isStaff } from '@/lib/auth/actor';
import type { ComponentPermission } from '@/lib/core/components/definition';
import { canManageComponents, canViewSpace } from '@/lib/spaces/permissions';
import { authorMayWithdraw, FINAL_STATES, type IdeaBaseState } from './states';

/**
 * The permission table of the Ideas kind: pure functions of the actor, the component and — for one idea — the facts
 * below, tested as decision tables (./permissions.test.ts). Which ideas a query returns is the same rule as WHERE
 * clauses (./visibility.ts).
 *
 * - Readers: whoever sees the space (unpublished components: those preparing them).
 * - Officials (manage): space admins and coordinators, organization admins: themes, states, assignments, publishing
 *   answers and states, in-person entry, exports.
 * - Evaluators: the space's EVALUATOR role holders review the ideas assigned to them (and only those).
 * - Staff (organization STAFF): enter ideas collected in person and import paper ideas, in every space.
 */
type PermissionCtx = Parameters<ComponentPermission>[1];

export type IdeaFacts = {
  authorId: string | null;
  /** Accepted co-authors of a published idea: they may correct it like its author (not withdraw it). */
  coauthorIds?: readonly string[];
  publishedAt: Date | null;
  state: IdeaBaseState;
  moderationState: 'VISIBLE' | 'PENDING' | 'HIDDEN';
};

export function canReadIdeas(actor: Actor | null, { space, component }: PermissionCtx): boolean {
  if (component.spaceId !== space.id || !canViewSpace(actor, space)) return false;
  return component.isPublished || canManageComponents(actor, space);
}

export function canManageIdeas(actor: Actor | null, { space, component }: PermissionCtx): boolean {
  return component.spaceId === space.id && canManageComponents(actor, space);
}

/** Evaluators of the space (assignment decides which ideas: canReviewIdea). Officials review everything. */
export function canEvaluateIdeas(actor: Actor | null, ctx: PermissionCtx): boolean {
  if (canManageIdeas(actor, ctx)) return true;
  const { space, component } = ctx;
  return component.spaceId === space.id && !!actor && actor.organizationId === space.organizationId && hasSpaceRole(actor, space.id, ['EVALUATOR']);
}

/** One idea's review page (private notes, reviews): officials, and evaluators assigned to it. */
export function canReviewIdea(actor: Actor | null, ctx: PermissionCtx, assignedEvaluatorIds: readonly string[]): boolean {
  if (canManageIdeas(actor, ctx)) return true;
  return canEvaluateIdeas(actor, ctx) && !!actor && assignedEvaluatorIds.includes(actor.userId);
}

/** Staff and officials enter ideas collected in person or on paper (on behalf of a resident, named or not). */
export function canEnterInPersonIdeas(actor: Actor | null, ctx: PermissionCtx): boolean {
  if (canManageIdeas(actor, ctx)) return true;
  return !!actor && actor.organizationId === ctx.space.organizationId && isStaff(actor) && ctx.component.spaceId === ctx.space.id;
}

/** Officials and the space's moderators decide on flagged ideas. */
export function canModerateIdeas(actor: Actor | null, ctx: PermissionCtx): boolean {
  if (canManageIdeas(actor, ctx)) return true;
  const { space, component } = ctx;
  return component.spaceId === space.id && !!actor && actor.organizationId === space.organizationId && hasSpaceRole(actor, space.id, ['MODERATOR']);
}

function isAuthor(actor: Actor | null, idea: Pick<IdeaFacts, 'authorId'>): actor is Actor {
  return !!actor && idea.authorId !== null && idea.authorId === actor.userId;
}

/** A draft is its author's alone; a published one is public unless a moderator hid it. */
export function canSeeIdea(actor: Actor | null, ctx: PermissionCtx, idea: IdeaFacts): boolean {
  if (!canReadIdeas(actor, ctx)) return false;
  if (idea.publishedAt === null) return isAuthor(actor, idea) && actor.organizationId === ctx.space.organizationId;
  if (idea.moderationState === 'VISIBLE') return true;
  if (isAuthor(actor, idea) && idea.moderationState === 'PENDING') return true;
  return canModerateIdeas(actor, ctx);
}

function isCoauthor(actor: Actor | null, idea: Pick<IdeaFacts, 'coauthorIds' | 'publishedAt'>): actor is Actor {
  return !!actor && idea.publishedAt !== null && (idea.coauthorIds ?? []).includes(actor.userId);
}

/** The author continues a draft; after publication, the author and co-authors edit while unreviewed where allowed. */
export function canEditOwnIdea(actor: Actor | null, ctx: PermissionCtx, idea: IdeaFacts, settings: { allowEditAfterPublish: boolean }): boolean {
  if (!(isAuthor(actor, idea) || isCoauthor(actor, idea)) || !canReadIdeas(actor, ctx)) return false;
  if (idea.publishedAt === null) return true;
  return settings.allowEditAfterPublish && idea.state === 'SUBMITTED' && idea.moderationState !== 'HIDDEN';
}

export function canWithdrawIdea(actor: Actor | null, ctx: PermissionCtx, idea: IdeaFacts, settings: { allowWithdraw: boolean }): boolean {
  return isAuthor(actor, idea) && canReadIdeas(actor, ctx) && idea.publishedAt !== null && settings.allowWithdraw && authorMayWithdraw(idea.state);
}

/** Co-authors join a published idea while it is public and not withdrawn. */
export function ideaOpenForCoauthors(idea: IdeaFacts): boolean {
  return idea.publishedAt !== null && idea.moderationState === 'VISIBLE' && idea.state !== 'WITHDRAWN';
}

/** The author invites co-authors of their published idea while it is open for them. */
export function canManageCoauthors(actor: Actor | null, ctx: PermissionCtx, idea: IdeaFacts): boolean {
  return isAuthor(actor, idea) && canReadIdeas(actor, ctx) && ideaOpenForCoauthors(idea);
}

/** Supports go to published, public ideas that are still open (not rejected, withdrawn, merged or implemented). */
export function ideaOpenForSupport(idea: IdeaFacts): boolean {
  return idea.publishedAt !== null && idea.moderationState === 'VISIBLE' && !FINAL_STATES.includes(idea.state);
}

export const ideasPermissions = {
  read: canReadIdeas,
  manage: canManageIdeas,
  evaluate: canEvaluateIdeas,
  enterInPerson: canEnterInPersonIdeas,
  moderate: canModerateIdeas,
} satisfies Record<string, ComponentPermission>;
