import 'server-only';
import { commentModerationTarget } from '@/lib/comments/moderation-target';
import { resourceTypes } from '@/lib/core/components/registry';
import type { ModerationTargetDefinition } from '@/lib/core/resources/moderatable';

/** Comments, and every resource type that declares `moderation` in its kind's definition (a debate). */
export function moderationTarget(targetType: string): ModerationTargetDefinition | null {
  if (targetType === 'comment') return commentModerationTarget;
  return Object.hasOwn(resourceTypes, targetType) ? (resourceTypes[targetType]!.moderation ?? null) : null;
}
