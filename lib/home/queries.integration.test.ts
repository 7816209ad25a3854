import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { actorForEmail } from '@/tests/factories/actors';
import { findHomeContent } from './queries';

const suffix = () => Math.random().toString(36).slice(2, 8);

async function kuopioId() {
  return (await db.organization.findUniqueOrThrow({ where: { slug: 'kuopio' }, select: { id: true } })).id;
}

describe('front page content', () => {
  it('lists open processes with their active phase, councils and areas', async () => {
    const home = await findHomeContent(await kuopioId(), null, new Date('2026-11-23T12:00:00Z'));
    const neulamaki = home.processes.find((p) => p.slug === 'lahioohjelma-2026-neulamaki');
    expect(neulamaki?.phases).toHaveLength(1);
    expect(home.assemblies.map((a) => a.slug)).toContain('nuorisovaltuusto');
    expect(home.areas.map((a) => a.slug)).toEqual(expect.arrayContaining(['neulamaki', 'maaninka']));
  });

  it('shows a private process only to its members and never shows drafts', async () => {
    const organizationId = await kuopioId();
    const s = suffix();
    const youth = await db.user.findFirstOrThrow({ where: { email: 'youth@kuopio.example' }, select: { id: true } });
    const privateSpace = await db.space.create({
      data: {
        organizationId, kind: 'PROCESS', slug: `yksityinen-${s}`, title: { fi: `Yksityinen ${s}` }, description: { fi: 'x' },
        isPublished: true, publishedAt: new Date(), isPrivate: true,
        members: { create: { userId: youth.id, fullName: 'Nuutti Nuori' } },
      },
    });
    const draft = await db.space.create({
      data: { organizationId, kind: 'PROCESS', slug: `luonnos-${s}`, title: { fi: `Luonnos ${s}` }, description: { fi: 'x' } },
    });
    const slugs = async (actor: Awaited<ReturnType<typeof actorForEmail>> | null) =>
      (await findHomeContent(organizationId, actor)).processes.map((p) => p.slug);

    expect(await slugs(null)).not.toContain(privateSpace.slug);
    expect(await slugs(await actorForEmail('resident@kuopio.example'))).not.toContain(privateSpace.slug);
    expect(await slugs(await actorForEmail('youth@kuopio.example'))).toContain(privateSpace.slug);
    expect(await slugs(await actorForEmail('admin@kuopio.example'))).not.toContain(draft.slug);
  });
});
