/**
 * The organization-wide search against PostgreSQL (ADR 032): Finnish and Swedish stemming, each filter, paging, and
 * above all that nobody finds — or counts — what they may not see: a private space's post, an unpublished
 * component's post, drafts and withdrawn posts, pending and hidden debates, hidden, deleted and pending comments.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { actorFor, createTestOrganization, createTestUser, uniqueSuffix } from '@/tests/factories/organization-admin';
import { actorWithSpaceRole, createTestSpace } from '@/tests/factories/components';
import { pageSearchQuery, searchContent, resolveSearchScope, SEARCH_COUNT_CAP, type SearchScope } from './queries';
import { searchSources, searchableTypes } from './sources';
import type { SearchSqlContext } from './source';
import { tsQuery, type SearchLanguage } from './sql';
import { SEARCH_PAGE_SIZE } from './params';

let orgId: string;
let publicSpace: { id: string; slug: string };
let privateSpace: { id: string; slug: string };
let otherSpace: { id: string; slug: string };
let area: { id: string; slug: string };
let otherArea: { id: string; slug: string };
const ids: Record<string, string> = {};
let who: Record<'anonymous' | 'resident' | 'member' | 'coordinator' | 'orgAdmin', Actor | null>;
let newsInPublic: string;

const hourAgo = () => new Date(Date.now() - 3_600_000);

async function component(spaceId: string, kind: 'news' | 'debates', isPublished = true) {
  return (await db.component.create({ data: { spaceId, kind, name: { fi: kind }, isPublished, publishedAt: isPublished ? new Date() : null }, select: { id: true } })).id;
}

async function post(componentId: string, title: Record<string, string>, body: Record<string, string>, extra: Partial<Prisma.NewsPostUncheckedCreateInput> = {}, areaIds: string[] = []) {
  return (
    await db.newsPost.create({
      data: { componentId, title, body, publishAt: hourAgo(), ...extra, areas: { create: areaIds.map((areaId) => ({ areaId })) } },
      select: { id: true },
    })
  ).id;
}

async function debate(componentId: string, title: Record<string, string>, description: Record<string, string>, extra: Partial<Prisma.DebateUncheckedCreateInput> = {}, areaIds: string[] = []) {
  return (await db.debate.create({ data: { componentId, title, description, ...extra, areas: { create: areaIds.map((areaId) => ({ areaId })) } }, select: { id: true } })).id;
}

async function comment(componentId: string, resourceType: string, resourceId: string, body: string, locale = 'fi', extra: Partial<Prisma.CommentUncheckedCreateInput> = {}) {
  return (await db.comment.create({ data: { organizationId: orgId, componentId, resourceType, resourceId, body, locale, ...extra }, select: { id: true } })).id;
}

const search = async (actor: Actor | null, query: string, opts: { kind?: string | null; page?: number; scope?: Partial<SearchScope>; ui?: SearchLanguage } = {}) =>
  searchContent(actor, orgId, pageSearchQuery({ query, kind: opts.kind ?? null, page: opts.page ?? 1 }), { spaceId: null, areaId: null, ...opts.scope }, opts.ui ?? 'fi');
const found = async (...args: Parameters<typeof search>) => {
  const result = await search(...args);
  const names = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return { names: result.hits.map((h) => names[h.id] ?? h.id).sort(), total: result.total };
};

beforeAll(async () => {
  const org = await createTestOrganization('search');
  orgId = org.id;
  const suffix = uniqueSuffix();
  area = await db.area.create({ data: { organizationId: orgId, slug: `alue-${suffix}`, kind: 'NEIGHBOURHOOD', name: { fi: 'Neulamäki' } }, select: { id: true, slug: true } });
  otherArea = await db.area.create({ data: { organizationId: orgId, slug: `muu-${suffix}`, kind: 'NEIGHBOURHOOD', name: { fi: 'Petonen' } }, select: { id: true, slug: true } });
  publicSpace = await createTestSpace(orgId);
  otherSpace = await createTestSpace(orgId);
  privateSpace = await createTestSpace(orgId, { isPrivate: true });

  newsInPublic = await component(publicSpace.id, 'news');
  const newsElsewhere = await component(otherSpace.id, 'news');
  const newsUnpublished = await component(publicSpace.id, 'news', false);
  const newsPrivate = await component(privateSpace.id, 'news');
  const debates = await component(publicSpace.id, 'debates');

  ids.post = await post(newsInPublic, { fi: 'Leikkipuistoon tulee uudet keinut' }, { fi: 'Keinut asennetaan **keväällä**.' }, {}, [area.id]);
  ids.postSv = await post(newsInPublic, { fi: 'Uusi leikkialue', sv: 'Ny lekpark i centrum' }, { fi: 'Teksti', sv: 'Barnen får en ny plats att leka på.' });
  ids.postElsewhere = await post(newsElsewhere, { fi: 'Leikkipuiston kunnostus alkaa' }, { fi: 'Toisessa tilassa.' }, {}, [otherArea.id]);
  ids.postPrivate = await post(newsPrivate, { fi: 'Salainen leikkipuisto' }, { fi: 'Vain jäsenille.' });
  ids.postUnpublishedComponent = await post(newsUnpublished, { fi: 'Luonnososan leikkipuisto' }, { fi: 'Ei julkaistu.' });
  ids.postDraft = await post(newsInPublic, { fi: 'Luonnos leikkipuistosta' }, { fi: 'Ei vielä.' }, { publishAt: null });
  ids.postScheduled = await post(newsInPublic, { fi: 'Ajastettu leikkipuisto' }, { fi: 'Huomenna.' }, { publishAt: new Date(Date.now() + 86_400_000) });
  ids.postWithdrawn = await post(newsInPublic, { fi: 'Peruttu leikkipuisto' }, { fi: 'Vedetty pois.' }, { unpublishedAt: hourAgo() });

  ids.debate = await debate(debates, { fi: 'Leikkipuiston valaistus' }, { fi: 'Miten valaistaan?' }, {}, [area.id]);
  ids.debatePending = await debate(debates, { fi: 'Odottava keskustelu leikkipuistosta' }, { fi: 'Odottaa hyväksyntää.' }, { moderationState: 'PENDING' });
  ids.debateHidden = await debate(debates, { fi: 'Piilotettu keskustelu leikkipuistosta' }, { fi: 'Piilotettu.' }, { moderationState: 'HIDDEN' });
  ids.debateSv = await debate(debates, { sv: 'Skuggan i lekparken' }, { sv: 'Det behövs träd.' });

  ids.comment = await comment(newsInPublic, 'news_post', ids.post, 'Leikkipuistossa on liian vähän varjoa.');
  ids.commentSv = await comment(debates, 'debate', ids.debate, 'Lekparkerna behöver bättre belysning.', 'sv');
  ids.commentHidden = await comment(newsInPublic, 'news_post', ids.post, 'Piilotettu kommentti leikkipuistosta.', 'fi', { moderationState: 'HIDDEN' });
  ids.commentPending = await comment(newsInPublic, 'news_post', ids.post, 'Odottava kommentti leikkipuistosta.', 'fi', { moderationState: 'PENDING' });
  ids.commentDeleted = await comment(newsInPublic, 'news_post', ids.post, 'Poistettu kommentti leikkipuistosta.', 'fi', { deletedAt: new Date() });
  ids.commentOnPrivate = await comment(newsPrivate, 'news_post', ids.postPrivate, 'Jäsenten kommentti leikkipuistosta.');
  ids.commentOnPending = await comment(debates, 'debate', ids.debatePending, 'Kommentti odottavaan keskusteluun leikkipuistosta.');

  const member = await createTestUser(orgId, { label: 'member' });
  await db.spaceMember.create({ data: { spaceId: privateSpace.id, userId: member.id, fullName: 'Jäsen' } });
  who = {
    anonymous: null,
    resident: await actorFor((await createTestUser(orgId, { label: 'resident' })).id),
    member: await actorFor(member.id),
    coordinator: await actorWithSpaceRole(orgId, publicSpace.id, 'COORDINATOR', 'coordinator'),
    orgAdmin: await actorFor((await createTestUser(orgId, { label: 'admin', orgRoles: ['ADMIN'] })).id),
  };
});

const PUBLIC_MATCHES = ['comment', 'debate', 'post', 'postElsewhere'];

describe('searchContent: visibility', () => {
  it.each(['anonymous', 'resident'] as const)('shows %s only public content, and counts only that', async (key) => {
    expect(await found(who[key], 'leikkipuisto')).toEqual({ names: PUBLIC_MATCHES, total: PUBLIC_MATCHES.length });
  });

  it("shows a private space's post and its comments to the space's members only", async () => {
    expect(await found(who.member, 'leikkipuisto')).toEqual({ names: [...PUBLIC_MATCHES, 'commentOnPrivate', 'postPrivate'].sort(), total: 6 });
  });

  it('has the word in every hidden fixture, so that not finding them means something', async () => {
    const texts = [
      ...(await db.newsPost.findMany({ where: { id: { in: Object.values(ids) } }, select: { title: true } })).map((r) => (r.title as { fi?: string }).fi ?? ''),
      ...(await db.debate.findMany({ where: { id: { in: Object.values(ids) } }, select: { title: true } })).map((r) => (r.title as { fi?: string }).fi ?? ''),
      ...(await db.comment.findMany({ where: { id: { in: Object.values(ids) }, locale: 'fi' }, select: { body: true } })).map((r) => r.body),
    ];
    const matching = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM unnest(${texts}::text[]) t
      WHERE to_tsvector('finnish', t) @@ websearch_to_tsquery('finnish', 'leikkipuisto')`;
    // All but the Swedish ones and the paging posts: 8 posts, 3 debates, 6 Finnish comments (one deleted: text kept here).
    expect(matching[0]!.n).toBe(texts.filter((t) => /leikkipuisto/i.test(t)).length);
    expect(matching[0]!.n).toBeGreaterThanOrEqual(16);
  });

  it('never shows pending or hidden content, nor unpublished components, whoever searches', async () => {
    for (const actor of Object.values(who)) {
      const { names } = await found(actor, 'leikkipuisto');
      for (const never of ['postUnpublishedComponent', 'postDraft', 'postScheduled', 'postWithdrawn', 'debatePending', 'debateHidden', 'commentHidden', 'commentPending', 'commentDeleted', 'commentOnPending']) {
        expect(names, never).not.toContain(never);
      }
    }
  });

  it('finds nothing of another organization', async () => {
    const other = await createTestOrganization('search-other');
    const result = await searchContent(null, other.id, { query: 'leikkipuisto', type: null, offset: 0, limit: 20 }, { spaceId: null, areaId: null }, 'fi');
    expect(result).toEqual({ total: 0, totalIsCapped: false, hits: [] });
  });

  it('does not resolve a private space filter for an outsider, exactly as for a space that does not exist', async () => {
    expect(await resolveSearchScope(who.resident, orgId, { spaceSlug: privateSpace.slug, areaSlug: null })).toBe('unknownSpace');
    expect(await resolveSearchScope(who.resident, orgId, { spaceSlug: 'ei-ole-olemassa', areaSlug: null })).toBe('unknownSpace');
    expect(await resolveSearchScope(who.member, orgId, { spaceSlug: privateSpace.slug, areaSlug: null })).toEqual({ spaceId: privateSpace.id, areaId: null });
    expect(await resolveSearchScope(null, orgId, { spaceSlug: null, areaSlug: 'ei-ole' })).toBe('unknownArea');
  });
});

describe('searchContent: languages', () => {
  it('matches inflected Finnish forms with the Finnish stemmer', async () => {
    expect((await found(null, 'leikkipuistoon')).names).toContain('post');
    expect((await found(null, 'keinu')).names).toEqual(['post']);
  });

  it('matches inflected Swedish forms with the Swedish stemmer, whatever the UI language', async () => {
    for (const ui of ['sv', 'fi'] as const) {
      const { names } = await found(null, 'lekparken', { ui });
      expect(names, ui).toEqual(['commentSv', 'debateSv', 'postSv']);
    }
  });

  it('shows the text in the language that matched, with the words marked', async () => {
    const { hits } = await search(null, 'lekparken', { ui: 'sv', kind: 'uutiset' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ type: 'news_post', lang: 'sv', title: { fi: 'Uusi leikkialue', sv: 'Ny lekpark i centrum' } });
    const [hit] = (await search(null, 'keinuja')).hits;
    expect(hit!.excerpt).toEqual([
      { text: 'Keinut', marked: true },
      { text: ' asennetaan keväällä', marked: false },
    ]);
  });

  it('describes a comment by its resource and links to its place in the thread', async () => {
    const { hits } = await search(null, 'varjo', { kind: 'kommentit' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ type: 'comment', id: ids.comment, title: { fi: 'Leikkipuistoon tulee uudet keinut' } });
    expect(hits[0]!.path).toBe(`/spaces/${publicSpace.slug}/c/${newsInPublic}/${ids.post}?kommentti=${ids.comment}#kommentti-${ids.comment}`);
    expect(hits[0]!.spaceTitle).toEqual(expect.objectContaining({ fi: expect.stringContaining('Testitila') }));
    expect(hits[0]!.spaceSlug).toBe(publicSpace.slug);
  });

  it('takes any text as words: operators, quotes and punctuation are never a syntax error', async () => {
    for (const query of ['"leikkipuisto', 'leikki & | ! :* ()', "'; DROP TABLE \"NewsPost\"; --", 'or', '-', '\\']) {
      await expect(search(null, query)).resolves.toBeDefined();
    }
    expect((await found(null, 'leikkipuisto -keinut')).names).toEqual(['comment', 'debate', 'postElsewhere']);
  });
});

describe('searchContent: filters and paging', () => {
  it('filters by kind', async () => {
    expect((await found(null, 'leikkipuisto', { kind: 'uutiset' })).names).toEqual(['post', 'postElsewhere']);
    expect((await found(null, 'leikkipuisto', { kind: 'keskustelut' })).names).toEqual(['debate']);
    expect((await found(null, 'leikkipuisto', { kind: 'kommentit' })).names).toEqual(['comment']);
  });

  it('filters by space', async () => {
    expect(await found(null, 'leikkipuisto', { scope: { spaceId: otherSpace.id } })).toEqual({ names: ['postElsewhere'], total: 1 });
    expect(await found(who.resident, 'leikkipuisto', { scope: { spaceId: privateSpace.id } })).toEqual({ names: [], total: 0 });
  });

  it("filters by area: the resource's areas, for a comment its resource's", async () => {
    expect((await found(null, 'leikkipuisto', { scope: { areaId: area.id } })).names).toEqual(['comment', 'debate', 'post']);
    expect((await found(null, 'lekparken', { scope: { areaId: area.id } })).names).toEqual(['commentSv']);
    expect((await found(null, 'leikkipuisto', { scope: { areaId: otherArea.id } })).names).toEqual(['postElsewhere']);
  });

  it('pages 20 at a time, best matches first and newest first among equals', async () => {
    const paging = await component(publicSpace.id, 'news');
    const made: string[] = [];
    for (let i = 0; i < 25; i++) made.push(await post(paging, { fi: `Sivutuskoe ${i}` }, { fi: 'Teksti' }, { publishAt: new Date(Date.now() - (i + 1) * 60_000) }));
    const first = await search(null, 'sivutuskoe');
    const second = await search(null, 'sivutuskoe', { page: 2 });
    expect(first.total).toBe(25);
    expect(first.hits.map((h) => h.id)).toEqual(made.slice(0, SEARCH_PAGE_SIZE));
    expect(second.hits.map((h) => h.id)).toEqual(made.slice(SEARCH_PAGE_SIZE));
    expect(SEARCH_COUNT_CAP).toBeGreaterThan(25);
    // Past the first 200 results nothing is read, whatever window is asked for.
    expect((await searchContent(null, orgId, { query: 'sivutuskoe', type: null, offset: 200, limit: 20 }, { spaceId: null, areaId: null }, 'fi')).hits).toEqual([]);
    expect((await searchContent(null, orgId, { query: 'sivutuskoe', type: 'news_post', offset: 20, limit: 500 }, { spaceId: null, areaId: null }, 'fi')).hits).toHaveLength(5);
  });
});

describe('search indexes', () => {
  it.each(searchSources.map((s) => [s.type, s] as const))('are used for %s', async (_type, source) => {
    const componentIds = (await db.component.findMany({ where: { space: { organizationId: orgId } }, select: { id: true } })).map((c) => c.id);
    const ctx: SearchSqlContext = {
      organizationId: orgId,
      now: new Date(),
      ui: 'fi',
      query: { fi: tsQuery('leikkipuisto', 'fi'), sv: tsQuery('leikkipuisto', 'sv'), en: tsQuery('leikkipuisto', 'en') },
      areaId: null,
      types: new Map([...searchableTypes].map(([type, definition]) => [type, { definition, componentIds }])),
    };
    // With a handful of rows a sequential scan or the component index is cheapest. To show that the search indexes CAN
    // be used (their expressions are the query's), the plan is made in a transaction without those alternatives,
    // which is then rolled back: DDL is transactional in PostgreSQL.
    let text = '';
    const rollback = new Error('rollback');
    await db
      .$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        const others = await tx.$queryRaw<{ indexname: string }[]>`SELECT indexname::text FROM pg_indexes
          WHERE tablename = ${source.table} AND indexname NOT LIKE '%\_search\_%' AND indexname NOT LIKE '%\_pkey'`;
        for (const { indexname } of others) await tx.$executeRawUnsafe(`DROP INDEX "${indexname}"`);
        const plan = await tx.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${source.documents(ctx)!}`);
        text = plan.map((r) => r['QUERY PLAN']).join('\n');
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    for (const language of ['fi', 'sv', 'en']) expect(text).toContain(`${source.table}_search_${language}_idx`);
  });
});
