import type { PrismaClient } from '../../generated/prisma/client';
import { publicNewsPath } from '../../lib/news/paths';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Follows and notifications of the demo residents, so that the header's count, the notification centre and the
 * profile's settings show something right after `npm start`: Riikka follows her home area Neulamäki and its
 * neighbourhood programme (daily digest, the default) and has two notifications about its news, one unread; Nuutti
 * follows Petonen and gets mail at once. New posts notify them through the job queue like anyone else. Once only:
 * a person who already follows something is left as they are.
 */
export async function seedDemoFollows(prisma: PrismaClient, organizationId: string) {
  const user = (email: string) => prisma.user.findFirst({ where: { organizationId, email }, select: { id: true } });
  const area = (slug: string) => prisma.area.findFirst({ where: { organizationId, slug }, select: { id: true } });
  const space = (slug: string) => prisma.space.findFirst({ where: { organizationId, slug }, select: { id: true, slug: true, title: true } });
  const [riikka, nuutti, neulamaki, petonen, neulamakiSpace] = await Promise.all([
    user('resident@kuopio.example'),
    user('youth@kuopio.example'),
    area('neulamaki'),
    area('petonen'),
    space('lahioohjelma-2026-neulamaki'),
  ]);
  if (!riikka || !nuutti || !neulamaki || !petonen || !neulamakiSpace) return;
  if ((await prisma.follow.count({ where: { userId: { in: [riikka.id, nuutti.id] } } })) > 0) return;

  await prisma.follow.createMany({
    data: [
      { userId: riikka.id, targetType: 'area', targetId: neulamaki.id },
      { userId: riikka.id, targetType: 'space', targetId: neulamakiSpace.id },
      { userId: nuutti.id, targetType: 'area', targetId: petonen.id },
    ],
  });
  await prisma.notificationPreference.create({ data: { userId: nuutti.id, kind: 'news_published', email: 'IMMEDIATE' } });

  const posts = await prisma.newsPost.findMany({
    where: { component: { spaceId: neulamakiSpace.id }, publishAt: { lte: new Date() }, unpublishedAt: null },
    orderBy: { publishAt: 'desc' },
    take: 2,
    select: { id: true, title: true, componentId: true, publishAt: true },
  });
  await prisma.notification.createMany({
    data: posts.map((post, i) => ({
      organizationId,
      userId: riikka.id,
      kind: 'news_published',
      eventKey: `news_published:${post.id}`,
      resourceType: 'news_post',
      resourceId: post.id,
      data: { title: post.title as object, context: neulamakiSpace.title as object, path: publicNewsPath(neulamakiSpace.slug, post.componentId, post.id) },
      createdAt: post.publishAt ?? new Date(),
      // The newest is unread; the older one was read the day after.
      readAt: i === 0 ? null : new Date((post.publishAt ?? new Date()).getTime() + DAY),
      emailSettledAt: post.publishAt,
    })),
  });
}
