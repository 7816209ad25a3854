import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { countQueries } from '@/tests/setup/query-count';
import { componentFixture } from '@/tests/factories/components';
import { findLatestVisiblePosts, findVisibleComponentPosts, getVisiblePost } from './queries';

/** A published News component with `n` visible posts, each tagged with two areas. */
async function newsWith(n: number) {
  const f = await componentFixture();
  const areas = await Promise.all(
    ['a', 'b'].map((s) => db.area.create({ data: { organizationId: f.org.id, slug: `alue-${s}-${n}`, kind: 'NEIGHBOURHOOD', name: { fi: `Alue ${s}` } }, select: { id: true } })),
  );
  const component = await db.component.create({ data: { spaceId: f.space.id, kind: 'news', name: { fi: 'Tiedotus' }, isPublished: true }, select: { id: true } });
  for (let i = 0; i < n; i++) {
    await db.newsPost.create({
      data: {
        componentId: component.id,
        title: { fi: `Tiedote ${i}` },
        body: { fi: '<script>alert(1)</script> [linkki](javascript:alert(1))' },
        publishAt: new Date(Date.now() - (i + 1) * 60_000),
        isPinned: i === n - 1,
        areas: { create: areas.map((a) => ({ areaId: a.id })) },
      },
    });
  }
  return { orgId: f.org.id, componentId: component.id, areaId: areas[0]!.id };
}

describe('news reads', () => {
  it('run a constant number of queries however many posts there are (3 vs 60)', async () => {
    const small = await newsWith(3);
    const large = await newsWith(60);
    const counts = async ({ orgId, componentId, areaId }: Awaited<ReturnType<typeof newsWith>>) => [
      await countQueries(() => findVisibleComponentPosts(null, orgId, componentId, { page: 1, perPage: 50 })),
      await countQueries(() => findLatestVisiblePosts(null, orgId, { areaId, take: 50 })),
      await countQueries(() => findLatestVisiblePosts(null, orgId, { take: 50 })),
    ];
    const [a, b] = [await counts(small), await counts(large)];
    expect(b).toEqual(a);
    // A list, its count, one query per relation level (areas, area, component, space) and one for the images.
    expect(Math.max(...a)).toBeLessThanOrEqual(7);
  });

  it('list pinned first, then newest, and page without repeats', async () => {
    const { orgId, componentId } = await newsWith(12);
    const first = await findVisibleComponentPosts(null, orgId, componentId, { page: 1, perPage: 5 });
    const rest = [
      ...(await findVisibleComponentPosts(null, orgId, componentId, { page: 2, perPage: 5 })).posts,
      ...(await findVisibleComponentPosts(null, orgId, componentId, { page: 3, perPage: 5 })).posts,
    ];
    expect(first.total).toBe(12);
    const titles = [...first.posts, ...rest].map((p) => (p.title as { fi: string }).fi);
    expect(titles[0]).toBe('Tiedote 11');
    expect(titles.slice(1)).toEqual(Array.from({ length: 11 }, (_, i) => `Tiedote ${i}`));
    // Markdown is stored as written; the views render it without raw HTML or script links (MarkdownContent).
    const post = await getVisiblePost(null, orgId, componentId, first.posts[0]!.id);
    expect((post!.body as { fi: string }).fi).toContain('<script>');
  });
});
