/**
 * A news setup for follow and notification tests (integration): an organization with an area, a public space
 * with a News component tagged with the area, a private council space with its own News, and people who follow
 * them in different ways and languages.
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { createNewsPost } from '@/lib/news/mutations';
import { actorFor, createTestUser, uniqueSuffix } from './organization-admin';
import { componentFixture, createTestSpace } from './components';

export async function newsFollowersFixture() {
  const f = await componentFixture();
  const area = await db.area.create({ data: { organizationId: f.org.id, slug: `alue-${uniqueSuffix()}`, kind: 'NEIGHBOURHOOD', name: { fi: 'Petonen', sv: 'Petonen' } } });
  await db.spaceArea.create({ data: { spaceId: f.space.id, areaId: area.id } });
  const newsId = (await db.component.create({ data: { spaceId: f.space.id, kind: 'news', name: { fi: 'Tiedotus' }, isPublished: true } })).id;
  const council = await createTestSpace(f.org.id, { kind: 'ASSEMBLY', isPrivate: true });
  const councilNewsId = (await db.component.create({ data: { spaceId: council.id, kind: 'news', name: { fi: 'Neuvoston tiedotteet' }, isPublished: true } })).id;
  const councilCoordinator = await createTestUser(f.org.id, { label: 'council-coord' });
  await db.spaceRole.create({ data: { spaceId: council.id, userId: councilCoordinator.id, role: 'COORDINATOR' } });

  const person = async (label: string, locale = 'fi') => {
    const user = await createTestUser(f.org.id, { label });
    await db.user.update({ where: { id: user.id }, data: { preferredLocale: locale, displayName: `Asukas ${label}` } });
    return { ...user, actor: await actorFor(user.id) };
  };
  const follows = (userId: string, targetType: string, targetId: string) => db.follow.create({ data: { userId, targetType, targetId } });

  return {
    ...f,
    area,
    newsId,
    council,
    councilNewsId,
    councilCoordinator: await actorFor(councilCoordinator.id),
    person,
    follows,
    publish: (actor: Actor, componentId: string, title: string, extra: Record<string, unknown> = {}) =>
      createNewsPost(actor, componentId, {
        title: { fi: title, sv: `${title} (sv)`, en: '' },
        summary: { fi: '', sv: '', en: '' },
        body: { fi: `Tekstiä: ${title}`, sv: '', en: '' },
        areaIds: [area.id],
        publication: 'now',
        scheduledAt: '',
        isPinned: false,
        ...extra,
      }),
  };
}
