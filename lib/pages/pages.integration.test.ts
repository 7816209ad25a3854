import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { auditRows, componentFixture, refusal } from '@/tests/factories/components';
import { createPage, deletePage, movePage, updatePage } from './mutations';
import { findPages, getPage } from './queries';
import { seedPages } from './seed';

let f: Awaited<ReturnType<typeof componentFixture>>;
let componentId: string;

const page = (slug: string, fi = `Sivu ${slug}`) => ({
  slug,
  title: { fi, sv: `Sida ${slug}`, en: '' },
  body: { fi: `## Otsikko\n\nTekstiä sivulla ${slug}.`, sv: '', en: `Text on ${slug}.` },
});

beforeAll(async () => {
  f = await componentFixture();
  componentId = (await db.component.create({ data: { spaceId: f.space.id, kind: 'pages', name: { fi: 'Tietoa' } }, select: { id: true } })).id;
});

describe('pages of a Pages component', () => {
  it('creates pages in order with their translations and an audit record tied to the space', async () => {
    const first = await createPage(f.coordinator, componentId, page('tietoa-prosessista', 'Tietoa prosessista'));
    const second = await createPage(f.admin, componentId, page('usein-kysyttya', 'Usein kysyttyä'));
    const pages = await findPages(componentId);
    expect(pages.map((p) => [p.slug, p.position])).toEqual([
      ['tietoa-prosessista', 0],
      ['usein-kysyttya', 1],
    ]);
    expect(pages[0]!.title).toEqual({ fi: 'Tietoa prosessista', sv: 'Sida tietoa-prosessista' });
    expect(pages[0]!.body).toEqual({ fi: '## Otsikko\n\nTekstiä sivulla tietoa-prosessista.', en: 'Text on tietoa-prosessista.' });
    const [audit] = await auditRows(first.id);
    expect(audit).toMatchObject({ action: 'page.create', actorId: f.coordinator.userId, spaceId: f.space.id, after: { slug: 'tietoa-prosessista' } });
    expect((await auditRows(second.id))[0]?.action).toBe('page.create');
  });

  it('refuses a slug already used in the component with a field error, storing nothing', async () => {
    const before = await db.page.count({ where: { componentId } });
    expect(await refusal(createPage(f.admin, componentId, page('usein-kysyttya')))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { slug: ['slugTaken'] } });
    expect(await db.page.count({ where: { componentId } })).toBe(before);
  });

  it('refuses invalid input with field errors, storing nothing', async () => {
    const before = await db.page.count({ where: { componentId } });
    const result = await refusal(createPage(f.admin, componentId, { slug: 'Ä ö', title: { fi: '' }, body: { fi: 'x'.repeat(20_001) } }));
    expect(result.code).toBe('INVALID_INPUT');
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['body.fi', 'slug', 'title.fi']);
    expect(await db.page.count({ where: { componentId } })).toBe(before);
  });

  it('refuses those who may not manage the component', async () => {
    expect((await refusal(createPage(f.evaluator, componentId, page('arvioijan-sivu')))).code).toBe('FORBIDDEN');
    expect((await refusal(createPage(f.outsider, componentId, page('ulkopuolinen')))).code).toBe('NOT_FOUND');
    expect(await db.page.count({ where: { componentId, slug: { in: ['arvioijan-sivu', 'ulkopuolinen'] } } })).toBe(0);
  });

  it('updates a page, refusing another page\'s slug, and audits before and after', async () => {
    const [first, second] = await findPages(componentId);
    expect(await refusal(updatePage(f.admin, componentId, second!.id, page(first!.slug)))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { slug: ['slugTaken'] } });
    await updatePage(f.coordinator, componentId, second!.id, { ...page('ukk', 'UKK'), title: { fi: 'UKK', en: 'FAQ' } });
    const updated = await getPage(componentId, second!.id);
    expect(updated).toMatchObject({ slug: 'ukk', title: { fi: 'UKK', en: 'FAQ' } });
    const audit = (await auditRows(second!.id)).find((a) => a.action === 'page.update');
    expect(audit).toMatchObject({ spaceId: f.space.id, before: { slug: 'usein-kysyttya' }, after: { slug: 'ukk' } });
    expect((await refusal(updatePage(f.admin, componentId, 'no-such-page', page('x')))).code).toBe('NOT_FOUND');
  });

  it('moves pages and keeps their positions consecutive', async () => {
    const third = await createPage(f.admin, componentId, page('kolmas'));
    await movePage(f.coordinator, componentId, third.id, 'up');
    expect((await findPages(componentId)).map((p) => p.slug)).toEqual(['tietoa-prosessista', 'kolmas', 'ukk']);
    await movePage(f.coordinator, componentId, third.id, 'up');
    await movePage(f.coordinator, componentId, third.id, 'up');
    const pages = await findPages(componentId);
    expect(pages.map((p) => p.slug)).toEqual(['kolmas', 'tietoa-prosessista', 'ukk']);
    expect(pages.map((p) => p.position)).toEqual([0, 1, 2]);
    expect((await auditRows(third.id)).filter((a) => a.action === 'page.move')).toHaveLength(2);
  });

  it('deletes a page with an audit record holding what was deleted', async () => {
    const target = (await findPages(componentId)).find((p) => p.slug === 'kolmas')!;
    expect((await refusal(deletePage(f.evaluator, componentId, target.id))).code).toBe('FORBIDDEN');
    await deletePage(f.admin, componentId, target.id);
    expect(await getPage(componentId, target.id)).toBeNull();
    expect((await auditRows(target.id)).at(-1)).toMatchObject({ action: 'page.delete', before: { slug: 'kolmas' } });
  });

  it('does not touch pages through a component of another space', async () => {
    const other = await db.component.create({ data: { spaceId: f.otherSpace.id, kind: 'pages', name: { fi: 'Muu' } }, select: { id: true } });
    const [first] = await findPages(componentId);
    expect((await refusal(deletePage(f.admin, other.id, first!.id))).code).toBe('NOT_FOUND');
    expect(await getPage(componentId, first!.id)).not.toBeNull();
  });
});

describe('seedPages', () => {
  it('creates the two demo pages in three languages and can run again', async () => {
    const { id } = await db.component.create({ data: { spaceId: f.space.id, kind: 'pages', name: { fi: 'Demo' } }, select: { id: true } });
    await seedPages(db, id);
    await seedPages(db, id);
    const pages = await findPages(id);
    expect(pages.map((p) => p.title)).toEqual([
      { fi: 'Tietoa prosessista', sv: 'Om processen', en: 'About the process' },
      { fi: 'Usein kysyttyä', sv: 'Vanliga frågor', en: 'Frequently asked questions' },
    ]);
    for (const p of pages) expect(Object.keys(p.body as object).sort()).toEqual(['en', 'fi', 'sv']);
  });
});
