import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { parseInput } from '@/lib/core/action-result';
import { assertSpaceArea, assertTheme, loadIdeasComponentFor, refuse } from './load';
import { ideasPermissions } from './permissions';
import { type InPersonIdea, inPersonIdeaSchema, type InPersonIdeaFormValues } from './schema';
import { type ImportRowProblem, readIdeasCsv } from './csv-import';
import { localize } from '@/lib/core/localized-text';
import { encodeMessage } from '@/lib/core/validation-message';

/**
 * Ideas collected in person (workshops, school visits, a stand at a shopping centre) or on paper, entered by staff
 * or officials into the same ledger as online ideas: published at once as SUBMITTED, with the channel, place and
 * date, the age group if asked, and optionally the resident's name — kept for the officials, never shown publicly,
 * never in exports' public columns or the API, and not copied into the audit log. Not tied to the phase: paper
 * forms arrive after a workshop.
 */
export async function insertInPersonIdea(tx: Tx, actor: Actor, component: { id: string; spaceId: string }, data: InPersonIdea, now: Date): Promise<{ id: string }> {
  const collectedAt = new Date(`${data.collectedAt}T00:00:00Z`);
  if (collectedAt.getTime() > now.getTime()) throw refuse('INVALID_INPUT', 'ideaCollectedInFuture', 'collectedAt');
  const idea = await tx.idea.create({
    data: {
      componentId: component.id,
      areaId: data.areaId,
      themeId: data.themeId,
      title: data.title,
      body: data.body,
      locale: data.locale,
      authorId: null,
      publishedAt: now,
      state: 'SUBMITTED',
      channel: data.channel,
      collectedAt,
      collectedPlace: data.collectedPlace,
      onBehalfName: data.onBehalfName,
      ageGroup: data.ageGroup,
      locationText: data.locationText,
      enteredById: actor.userId,
    },
    select: { id: true },
  });
  await tx.ideaStateChange.create({ data: { ideaId: idea.id, fromState: null, toState: 'SUBMITTED', actorId: actor.userId, createdAt: now } });
  return idea;
}

export async function enterInPersonIdea(actor: Actor, componentId: string, input: InPersonIdeaFormValues, now = new Date()): Promise<{ id: string }> {
  const found = await loadIdeasComponentFor(actor, componentId, ideasPermissions.enterInPerson);
  const data = parseInput(inPersonIdeaSchema, input);
  await assertSpaceArea(db, found.space.id, data.areaId);
  await assertTheme(db, found.component.id, data.themeId);
  return db.$transaction(async (tx) => {
    const idea = await insertInPersonIdea(tx, actor, { id: found.component.id, spaceId: found.space.id }, data, now);
    const { onBehalfName, ...audited } = data;
    await writeAudit(tx, actor, {
      action: 'idea.enter_in_person',
      targetType: 'Idea',
      targetId: idea.id,
      spaceId: found.space.id,
      after: { ...audited, onBehalfNamed: onBehalfName !== null },
    });
    return idea;
  });
}

/**
 * Staff import a CSV of ideas collected on paper or in person (./csv-import.ts reads it): every row must be good, or
 * nothing is stored and each bad row is reported by its line number; a good file is stored in one transaction with
 * one audit record (how many, no names). Returns the number imported.
 */
export async function importInPersonIdeas(actor: Actor, componentId: string, bytes: Uint8Array, now = new Date()): Promise<{ ok: true; imported: number } | { ok: false; file: string | null; rows: ImportRowProblem[] }> {
  const found = await loadIdeasComponentFor(actor, componentId, ideasPermissions.enterInPerson);
  const [areas, themes] = await Promise.all([
    db.spaceArea.findMany({ where: { spaceId: found.space.id }, select: { area: { select: { id: true, slug: true, name: true } } } }),
    db.ideaTheme.findMany({ where: { componentId: found.component.id }, select: { id: true, name: true } }),
  ]);
  const read = readIdeasCsv(bytes, {
    areas: areas.map(({ area }) => ({ id: area.id, slug: area.slug, name: localize(area.name, 'fi') })),
    themes: themes.map((t) => ({ id: t.id, name: localize(t.name, 'fi') })),
  });
  if (!read.ok) return read;
  const future = read.ideas.findIndex((idea) => new Date(`${idea.collectedAt}T00:00:00Z`).getTime() > now.getTime());
  if (future >= 0) return { ok: false, file: null, rows: [{ row: future + 2, messages: [`keräyspäivä:${encodeMessage('ideaCollectedInFuture')}`] }] };
  await db.$transaction(
    async (tx) => {
      for (const idea of read.ideas) await insertInPersonIdea(tx, actor, { id: found.component.id, spaceId: found.space.id }, idea, now);
      await writeAudit(tx, actor, { action: 'idea.import', targetType: 'Component', targetId: found.component.id, spaceId: found.space.id, after: { count: read.ideas.length } });
    },
    { timeout: 60_000 },
  );
  return { ok: true, imported: read.ideas.length };
}
