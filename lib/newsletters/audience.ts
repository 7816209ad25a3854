import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/core/errors';
import { encodeMessage } from '@/lib/core/validation-message';
import type { Tx } from '@/lib/db';
import { newsletterSpaceScope } from './permissions';
import type { NewsletterInput } from './schema';

/**
 * Who a newsletter may go to, by who writes it: an organization admin addresses any space's or area's followers, or
 * everyone who opted in; a coordinator addresses the followers of their own spaces and of those spaces' areas. The
 * answer names the space that owns the newsletter (whose coordinators may then manage it). Anything else — another
 * organization's space, an area outside the coordinator's spaces, "everyone" from a coordinator — is a field error.
 */
export async function resolveAudience(tx: Tx, actor: Actor, input: Pick<NewsletterInput, 'audience' | 'targetId'>): Promise<{ spaceId: string | null; targetId: string | null }> {
  const scope = newsletterSpaceScope(actor);
  const refuse = (field: 'audience' | 'targetId') => {
    throw new AppError('INVALID_INPUT', 'audience not allowed', { [field]: [encodeMessage('newsletterAudienceNotAllowed')] });
  };
  if (input.audience === 'ALL_OPTED_IN') {
    if (scope !== null) refuse('audience');
    return { spaceId: null, targetId: null };
  }
  if (input.audience === 'SPACE_FOLLOWERS') {
    const space = await tx.space.findFirst({ where: { id: input.targetId, organizationId: actor.organizationId }, select: { id: true } });
    if (!space || (scope !== null && !scope.includes(space.id))) refuse('targetId');
    return { spaceId: space!.id, targetId: space!.id };
  }
  const area = await tx.area.findFirst({ where: { id: input.targetId, organizationId: actor.organizationId }, select: { id: true, spaces: { select: { spaceId: true } } } });
  if (!area) refuse('targetId');
  if (scope === null) return { spaceId: null, targetId: area!.id };
  const own = area!.spaces.map((s) => s.spaceId).filter((id) => scope.includes(id)).sort();
  if (own.length === 0) refuse('targetId');
  return { spaceId: own[0]!, targetId: area!.id };
}
