import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { localize } from '@/lib/core/localized-text';
import { describeVisibleResources } from '@/lib/core/resources/visible-resources';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/config';
import { visibleSpacesWhere } from '@/lib/spaces/visibility';
import { AREA_TARGET, type FollowTarget, SPACE_TARGET } from './follow-target';

export async function isFollowing(actor: Actor, target: FollowTarget): Promise<boolean> {
  return (await db.follow.count({ where: { userId: actor.userId, targetType: target.type, targetId: target.id } })) === 1;
}

export type FollowedItem = FollowTarget & { title: string; path: string; automatic: boolean };

/** Max follows listed on the profile; more is possible, but a list that long is no longer read. */
const MAX_LISTED = 300;

/**
 * What the actor follows, named in their language, for the profile page — only what they may still see (a space
 * made private or a post withdrawn drops out of the list, though the follow stays until they may see it again).
 */
export async function listFollows(actor: Actor, locale: Locale): Promise<FollowedItem[]> {
  const follows = await db.follow.findMany({
    where: { userId: actor.userId },
    select: { targetType: true, targetId: true, automatic: true },
    orderBy: { createdAt: 'desc' },
    take: MAX_LISTED,
  });
  const ids = (type: string) => follows.filter((f) => f.targetType === type).map((f) => f.targetId);
  const [spaces, areas, resources] = await Promise.all([
    db.space.findMany({ where: { AND: [{ id: { in: ids(SPACE_TARGET) } }, visibleSpacesWhere(actor, actor.organizationId)] }, select: { id: true, slug: true, title: true } }),
    db.area.findMany({ where: { id: { in: ids(AREA_TARGET) }, organizationId: actor.organizationId }, select: { id: true, slug: true, name: true } }),
    describeVisibleResources(
      actor,
      actor.organizationId,
      follows.filter((f) => f.targetType !== SPACE_TARGET && f.targetType !== AREA_TARGET).map((f) => ({ type: f.targetType, id: f.targetId })),
    ),
  ]);
  const named = new Map<string, { title: string; path: string }>([
    ...spaces.map((s) => [`${SPACE_TARGET}:${s.id}`, { title: localize(s.title, locale), path: `/spaces/${s.slug}` }] as const),
    ...areas.map((a) => [`${AREA_TARGET}:${a.id}`, { title: localize(a.name, locale), path: `/areas/${a.slug}` }] as const),
    ...resources.map((r) => [`${r.type}:${r.id}`, { title: localize(r.title, locale), path: r.path }] as const),
  ]);
  return follows.flatMap((f) => {
    const found = named.get(`${f.targetType}:${f.targetId}`);
    return found ? [{ type: f.targetType, id: f.targetId, automatic: f.automatic, ...found }] : [];
  });
}
