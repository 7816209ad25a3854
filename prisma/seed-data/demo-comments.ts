import type { PrismaClient } from '../../generated/prisma/client';
import { recountComments } from '../../lib/comments/recount';
import { commentPath } from '../../lib/comments/paths';
import { publicNewsPath } from '../../lib/news/paths';

const HOUR = 60 * 60 * 1000;

/** More demo residents, so that threads have several voices and a flagged comment can reach the threshold of three. */
export const DEMO_COMMENTERS = [
  { key: 'liisa', email: 'liisa@kuopio.example', displayName: 'Liisa Lähiöläinen', homeArea: 'neulamaki', birthYear: 1979 },
  { key: 'helmi', email: 'helmi@kuopio.example', displayName: 'Helmi Hämäläinen', homeArea: 'neulamaki', birthYear: 1951 },
  { key: 'olli', email: 'olli@kuopio.example', displayName: 'Olli Opiskelija', homeArea: 'petonen', birthYear: 2004 },
  { key: 'jussi', email: 'jussi@kuopio.example', displayName: 'Jussi Jokinen', homeArea: 'petonen', birthYear: 1993 },
] as const;

type FlagSpec = { by: string; reason: 'SPAM' | 'OFFENSIVE' | 'OFF_TOPIC' | 'OTHER'; details?: string };

/** One comment of a demo thread; `by` is a key of the people map, null for a deleted account. */
export type DemoComment = {
  by: string | null;
  officialRole?: 'COORDINATOR' | 'ADMIN' | 'MODERATOR' | 'EVALUATOR' | 'ORGANIZATION_ADMIN';
  body: string;
  locale?: 'fi' | 'sv';
  hoursAgo: number;
  alignment?: 'FOR' | 'AGAINST' | 'NEUTRAL';
  upvotedBy?: string[];
  edited?: boolean;
  deleted?: boolean;
  /** Flags; when `hidden`, they reached the threshold and hid the comment until a moderator decides. */
  flags?: FlagSpec[];
  hidden?: boolean;
  replies?: DemoComment[];
};

export type DemoThreadTarget = { organizationId: string; spaceId: string; componentId: string; resourceType: string; resourceId: string };

/**
 * Writes a demo thread as the app would have stored it: replies with their depth, upvotes, edits, a deleted
 * comment's placeholder, flags with their moderation case (auto-hidden at the threshold). Counts are recomputed
 * from the rows afterwards (lib/comments/recount.ts).
 */
export async function seedDemoThread(prisma: PrismaClient, target: DemoThreadTarget, people: Map<string, string>, thread: DemoComment[], now = new Date()) {
  async function write(comment: DemoComment, parentId: string | null, depth: number) {
    const createdAt = new Date(now.getTime() - comment.hoursAgo * HOUR);
    const authorId = comment.by ? (people.get(comment.by) ?? null) : null;
    const created = await prisma.comment.create({
      data: {
        organizationId: target.organizationId,
        componentId: target.componentId,
        resourceType: target.resourceType,
        resourceId: target.resourceId,
        parentId,
        depth,
        authorId,
        officialRole: comment.officialRole ?? null,
        body: comment.deleted ? '' : comment.body,
        locale: comment.locale ?? 'fi',
        alignment: comment.deleted ? null : (comment.alignment ?? null),
        moderationState: comment.hidden ? 'HIDDEN' : 'VISIBLE',
        editedAt: comment.edited ? new Date(createdAt.getTime() + 5 * 60 * 1000) : null,
        deletedAt: comment.deleted ? new Date(createdAt.getTime() + HOUR) : null,
        createdAt,
      },
      select: { id: true },
    });
    const voters = (comment.upvotedBy ?? []).map((k) => people.get(k)).filter((id): id is string => !!id && id !== authorId);
    if (voters.length > 0) await prisma.commentUpvote.createMany({ data: voters.map((userId) => ({ commentId: created.id, userId })) });
    if (comment.flags?.length) {
      await prisma.moderation.create({
        data: {
          organizationId: target.organizationId,
          spaceId: target.spaceId,
          componentId: target.componentId,
          targetType: 'comment',
          targetId: created.id,
          authorId,
          state: 'OPEN',
          flagCount: comment.flags.length,
          flags: { create: comment.flags.map((f) => ({ userId: people.get(f.by)!, reason: f.reason, details: f.details ?? null })) },
        },
      });
    }
    for (const reply of comment.replies ?? []) await write(reply, created.id, depth + 1);
    return created.id;
  }
  const ids: string[] = [];
  for (const comment of thread) ids.push(await write(comment, null, 0));
  await recountComments(prisma, target.componentId);
  return ids;
}

/** The thread under the Neulamäki workshop post: official answers, three levels, a deleted and a hidden comment, flags. */
const workshopThread: DemoComment[] = [
  {
    by: 'riikka',
    body: 'Hyvä, että työpaja pidetään koululla. Onko paikalla lastenhoitoa? Muuten moni vanhempi ei pääse tulemaan.',
    hoursAgo: 60,
    upvotedBy: ['nuutti', 'liisa', 'helmi'],
    replies: [
      {
        by: 'coordinator',
        officialRole: 'COORDINATOR',
        body: 'Kiitos kysymyksestä! Koulun liikuntasalissa on lapsille ohjattua toimintaa koko työpajan ajan. Lapset ovat tervetulleita mukaan.',
        hoursAgo: 57,
        upvotedBy: ['riikka', 'liisa'],
        replies: [
          {
            by: 'riikka',
            body: 'Loistavaa, tulemme koko perheen voimin.',
            hoursAgo: 55,
            replies: [{ by: 'liisa', body: 'Me myös! Nähdään siellä.', hoursAgo: 50, upvotedBy: ['riikka'] }],
          },
        ],
      },
      {
        by: 'helmi',
        body: 'Entä me, jotka emme jaksa lähteä iltaisin? Voiko ajatuksiaan kertoa muuten?',
        hoursAgo: 52,
        edited: true,
        replies: [
          {
            by: 'coordinator',
            officialRole: 'COORDINATOR',
            body: 'Voitte jättää idean verkossa tai kertoa sen asiointipisteessä, jossa henkilökunta kirjaa sen palveluun. Tulemme myös palvelukeskukseen kahvin kanssa ensi viikolla.',
            hoursAgo: 48,
            upvotedBy: ['helmi'],
          },
        ],
      },
    ],
  },
  {
    by: 'nuutti',
    body: 'Nuorille olis kiva jos työpajassa ois jotain muutakin ku puhetta, esim. pelejä tai ruokaa 😅',
    hoursAgo: 30,
    upvotedBy: ['olli', 'liisa', 'riikka', 'jussi'],
    replies: [
      { by: 'olli', body: 'Samaa mieltä, pizza houkuttelis varmasti enemmän porukkaa.', hoursAgo: 28 },
      { by: 'jussi', body: '', deleted: true, hoursAgo: 27, replies: [{ by: 'liisa', body: 'Hyvä pointti, kannattaa ehdottaa sitä myös ideana.', hoursAgo: 26 }] },
    ],
  },
  {
    by: 'jussi',
    body: 'Turha koko työpaja, päättäjät tekee kuitenkin mitä haluaa. Idiootteja kaikki.',
    hoursAgo: 20,
    hidden: true,
    flags: [
      { by: 'riikka', reason: 'OFFENSIVE' },
      { by: 'helmi', reason: 'OFFENSIVE' },
      { by: 'olli', reason: 'OTHER', details: 'Nimittelyä, ei liity työpajaan.' },
    ],
  },
  { by: null, body: 'Toivottavasti kirjastoauto pysähtyy koulun pihalle työpajan aikana, niin lapset voivat lainata kirjoja.', hoursAgo: 12 },
  {
    by: 'olli',
    body: 'Missä luokassa työpaja pidetään? Onko koululla opasteita?',
    hoursAgo: 5,
    flags: [{ by: 'jussi', reason: 'OFF_TOPIC' }],
  },
];

/** Comments with a stance on the Petonen programme's first post, where the component asks for one. */
const stanceThread: DemoComment[] = [
  { by: 'nuutti', body: 'Hienoa että Petonen on mukana! Skeittipaikka olis mun toive.', hoursAgo: 200, alignment: 'FOR', upvotedBy: ['olli'] },
  { by: 'jussi', body: 'Toivottavasti rahat ei mene pelkkiin selvityksiin. 50 000 € ei ole paljon.', hoursAgo: 150, alignment: 'AGAINST', upvotedBy: ['liisa'], replies: [
    { by: 'coordinator.petonen', officialRole: 'COORDINATOR', body: 'Summa käytetään kokonaan asukkaiden äänestämiin toteutuksiin. Selvitykset ja suunnittelu maksetaan kaupungin muista määrärahoista.', hoursAgo: 140, upvotedBy: ['jussi', 'nuutti'] },
  ] },
  { by: 'olli', body: 'Odotan, millaisia ideoita tulee. Hyvä, että tilannekuva julkaistaan ensin.', hoursAgo: 90, alignment: 'NEUTRAL' },
  { by: 'liisa', body: 'Jag hoppas att det också ordnas något för äldre invånare.', locale: 'sv', hoursAgo: 70, alignment: 'FOR' },
];

/**
 * Demo comments (issue 7): commenting switched on for the neighbourhood programmes' news in the active phase, a
 * thread under the Neulamäki workshop post and stances under Petonen's first post (the component asks for them), a
 * reply notification for Riikka. Once only: a component that has comments is left as it is.
 */
export async function seedDemoComments(prisma: PrismaClient, organizationId: string, passwordHash: string) {
  const people = new Map<string, string>();
  for (const c of DEMO_COMMENTERS) {
    const home = await prisma.area.findFirst({ where: { organizationId, slug: c.homeArea }, select: { id: true } });
    const user = await prisma.user.upsert({
      where: { organizationId_email: { organizationId, email: c.email } },
      update: {},
      create: { organizationId, email: c.email, passwordHash, displayName: c.displayName, emailVerifiedAt: new Date(), homeAreaId: home?.id, birthYear: c.birthYear },
      select: { id: true },
    });
    people.set(c.key, user.id);
  }
  for (const [key, email] of [['riikka', 'resident'], ['nuutti', 'youth'], ['coordinator', 'coordinator'], ['coordinator.petonen', 'coordinator.petonen']] as const) {
    const user = await prisma.user.findFirst({ where: { organizationId, email: `${email}@kuopio.example` }, select: { id: true } });
    if (user) people.set(key, user.id);
  }

  for (const slug of ['lahioohjelma-2026-neulamaki', 'lahioohjelma-2026-petonen']) {
    const news = await prisma.component.findFirst({
      where: { kind: 'news', space: { organizationId, slug } },
      select: { id: true, settings: true, actionSettings: true, space: { select: { id: true, slug: true, phases: { where: { isActive: true }, select: { id: true } } } } },
    });
    if (!news || (await prisma.comment.count({ where: { componentId: news.id } })) > 0) continue;
    const active = news.space.phases[0];
    const petonen = slug.endsWith('petonen');
    await prisma.component.update({
      where: { id: news.id },
      data: {
        // Comments open in the active phase (everything is off unless switched on, ADR 025).
        actionSettings: active ? { always: {}, phases: { [active.id]: { comment: true } } } : { always: { comment: true }, phases: {} },
        settings: { ...(news.settings as object), commentAlignment: petonen },
      },
    });
    const post = await prisma.newsPost.findFirst({
      where: { componentId: news.id, publishAt: { lte: new Date() }, unpublishedAt: null, ...(petonen ? {} : { isPinned: true }) },
      orderBy: { publishAt: 'asc' },
      select: { id: true, title: true },
    });
    if (!post) continue;
    const target = { organizationId, spaceId: news.space.id, componentId: news.id, resourceType: 'news_post', resourceId: post.id };
    const ids = await seedDemoThread(prisma, target, people, petonen ? stanceThread : workshopThread);
    if (!petonen) {
      // Riikka was answered by the coordinator: her notification centre shows it.
      const answer = await prisma.comment.findFirst({ where: { parentId: ids[0], officialRole: 'COORDINATOR' }, select: { id: true, createdAt: true } });
      const riikka = people.get('riikka');
      if (answer && riikka) {
        await prisma.follow.upsert({ where: { userId_targetType_targetId: { userId: riikka, targetType: 'news_post', targetId: post.id } }, update: {}, create: { userId: riikka, targetType: 'news_post', targetId: post.id } });
        await prisma.notification.create({
          data: {
            organizationId,
            userId: riikka,
            kind: 'comment_reply',
            eventKey: `comment_reply:${answer.id}`,
            resourceType: 'news_post',
            resourceId: post.id,
            data: { title: post.title as object, context: { fi: 'Kaisa Koordinaattori' }, path: commentPath(publicNewsPath(news.space.slug, news.id, post.id), answer.id) },
            createdAt: answer.createdAt,
            emailSettledAt: answer.createdAt,
          },
        });
      }
    }
  }
}
