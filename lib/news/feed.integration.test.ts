import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { componentFixture } from '@/tests/factories/components';
import { newsAtomFeed } from './feed';
import { findLatestVisiblePosts } from './queries';

describe('news Atom feed', () => {
  it('contains only visible posts, localized, with escaped text', async () => {
    const f = await componentFixture();
    const component = await db.component.create({ data: { spaceId: f.space.id, kind: 'news', name: { fi: 'Tiedotus' }, isPublished: true }, select: { id: true } });
    const mk = (fi: string, publishAt: Date | null, unpublishedAt: Date | null = null) =>
      db.newsPost.create({ data: { componentId: component.id, title: { fi, sv: `${fi} (sv)` }, body: { fi }, summary: { fi: 'A & <b>' }, publishAt, unpublishedAt } });
    await mk('Näkyvä tiedote', new Date(Date.now() - 60_000));
    await mk('Luonnos', null);
    await mk('Ajastettu', new Date(Date.now() + 3600_000));
    await mk('Peruttu', new Date(Date.now() - 60_000), new Date());
    const posts = await findLatestVisiblePosts(null, f.org.id, { spaceId: f.space.id, take: 30 });
    const xml = newsAtomFeed({ title: 'T', selfUrl: 'https://x.test/sv/feed', pageUrl: 'https://x.test/sv', origin: 'https://x.test', locale: 'sv', posts });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('Näkyvä tiedote (sv)');
    expect(xml).not.toMatch(/Luonnos|Ajastettu|Peruttu/);
    expect(xml).not.toContain('<b>');
    expect(xml).toContain(`https://x.test/sv/spaces/${f.space.slug}/c/${component.id}/`);
  });
});
