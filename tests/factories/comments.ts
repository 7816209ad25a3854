/**
 * Test data for comments and moderation (integration tests): a published News component whose `comment` action is
 * switched on in the space's active phase, a visible post to comment on, and people in the roles that matter.
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { actorFor, createTestUser } from './organization-admin';
import { actorWithSpaceRole, componentFixture } from './components';

export async function commentFixture(settings: Record<string, boolean | number> = {}) {
  const f = await componentFixture();
  const activePhaseId = f.space.phases[0]!.id;
  const component = await db.component.create({
    data: {
      spaceId: f.space.id,
      kind: 'news',
      name: { fi: 'Tiedotus' },
      isPublished: true,
      publishedAt: new Date(),
      settings,
      actionSettings: { always: {}, phases: { [activePhaseId]: { comment: true } } },
    },
    select: { id: true },
  });
  const newPost = async (title = 'Tiedote') =>
    db.newsPost.create({ data: { componentId: component.id, title: { fi: title }, body: { fi: 'Teksti' }, publishAt: new Date(Date.now() - 60_000) }, select: { id: true } });
  const post = await newPost();
  const resident = async (label = 'resident'): Promise<Actor> => actorFor((await createTestUser(f.org.id, { label })).id);
  const moderator = await actorWithSpaceRole(f.org.id, f.space.id, 'MODERATOR', 'moderator');
  const moderatorElsewhere = await actorWithSpaceRole(f.org.id, f.otherSpace.id, 'MODERATOR', 'moderator-elsewhere');
  const coordinatorElsewhere = await actorWithSpaceRole(f.org.id, f.otherSpace.id, 'COORDINATOR', 'coordinator-elsewhere');
  return { ...f, componentId: component.id, activePhaseId, post, newPost, resident, moderator, moderatorElsewhere, coordinatorElsewhere };
}

export function commentOn(postId: string, body: string, extra: Record<string, unknown> = {}) {
  return { resourceType: 'news_post', resourceId: postId, body, alignment: '', parentId: null, ...extra };
}
