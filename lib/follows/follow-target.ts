import { z } from 'zod';

/**
 * What a person can follow (issue 6, 1.6): a space, an area, or one resource (ADR 027: `{type, id}` of a news post,
 * later a debate or an idea). The type is checked against the kinds' resource types where it matters
 * (./target-visibility.ts); here only its shape.
 */
export type FollowTarget = { type: string; id: string };

export const SPACE_TARGET = 'space';
export const AREA_TARGET = 'area';

export const FollowTargetSchema = z.object({
  type: z.string().regex(/^[a-z][a-z_]{0,39}$/),
  id: z.string().regex(/^[a-z0-9]{1,40}$/),
});

export function followTargetKey(target: FollowTarget): string {
  return `${target.type}:${target.id}`;
}
