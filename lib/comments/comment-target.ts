import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { actionAvailability, type ActionAvailability, readActionSettings } from '@/lib/core/components/action-availability';
import { getComponentDefinition, resourceTypes } from '@/lib/core/components/registry';
import type { CommentableResource } from '@/lib/core/resources/commentable';
import type { ResourceRef } from '@/lib/core/resources/resource-visibility';
import { isResourceVisible } from '@/lib/core/resources/visible-resources';
import { getComponentForAdmin, type ComponentWithSpace } from '@/lib/components/queries';
import { db } from '@/lib/db';
import { calendarToday } from '@/lib/spaces/membership-term';
import { type CommentSettings, effectiveFlagThreshold, readCommentSettings } from './settings';

export const COMMENT_ACTION = 'comment';

/** A commented resource with what decides whether comments may be written on it now. */
export type CommentTarget = {
  ref: ResourceRef;
  resource: CommentableResource;
  found: ComponentWithSpace;
  settings: CommentSettings;
  flagThreshold: number;
  /** The component's `comment` action for this actor now (phase switches, sign-in). */
  availability: ActionAvailability;
};

/** Whether a resource type takes comments at all (its definition declares `comments`). */
export function isCommentableType(type: string): boolean {
  return Object.hasOwn(resourceTypes, type) && !!resourceTypes[type]!.comments;
}

/**
 * Loads a resource for commenting within the actor's organization, or null when it does not exist, does not take
 * comments, or the actor may not see it (the one resource rule, ADR 027) — callers answer NOT_FOUND alike, so
 * nobody learns of what they may not see.
 */
export async function loadCommentTarget(actor: Actor | null, organizationId: string, ref: ResourceRef): Promise<CommentTarget | null> {
  if (!isCommentableType(ref.type)) return null;
  const resource = await resourceTypes[ref.type]!.comments!.load(db, ref.id);
  if (!resource) return null;
  const [found, visible, organization] = await Promise.all([
    getComponentForAdmin(organizationId, resource.componentId),
    isResourceVisible(actor, organizationId, ref),
    db.organization.findUnique({ where: { id: organizationId }, select: { timeZone: true, flagThreshold: true } }),
  ]);
  if (!found || !visible || !organization) return null;
  const definition = getComponentDefinition(found.component.kind);
  if (!definition) return null;
  const settings = readCommentSettings(found.component.settings);
  return {
    ref,
    resource,
    found,
    settings,
    flagThreshold: effectiveFlagThreshold(settings, organization.flagThreshold),
    availability: actionAvailability({
      action: COMMENT_ACTION,
      actions: definition.actions,
      settings: readActionSettings(found.component.actionSettings),
      phases: found.space.phases,
      actor,
      isArchived: found.component.archivedAt !== null,
      today: calendarToday(organization.timeZone),
    }),
  };
}
