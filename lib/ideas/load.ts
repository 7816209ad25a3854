import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/core/errors';
import { encodeMessage } from '@/lib/core/validation-message';
import { getComponentForAdmin, type ComponentWithSpace } from '@/lib/components/queries';
import { permissionSubject } from '@/lib/components/context';
import type { ComponentPermission } from '@/lib/core/components/definition';
import { canReadIdeas, type IdeaFacts } from './permissions';
import { readIdeasSettings } from './settings';
import type { IdeaBaseState } from './states';

/**
 * Loading for the writes of the Ideas kind: the component scoped to the actor's organization and the kind (else
 * NOT_FOUND: nobody learns of what they may not see), ideas row-locked for the rest of a transaction, and the checks
 * every form shares (area of the space, theme of the component).
 */

/** A refusal with a translated reason (messages/<locale>/validation.json), on a field or the whole form. */
export function refuse(code: 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND' | 'INVALID_INPUT' | 'RATE_LIMITED', key: string, field = '_form', params?: Record<string, number>): AppError {
  return new AppError(code, key, { [field]: [encodeMessage(key, params)] });
}

export type IdeasComponent = ComponentWithSpace & { settings: ReturnType<typeof readIdeasSettings>; timeZone: string };

/** The ideas component for a reader's write (not archived, readable by them), with its settings and time zone. */
export async function loadIdeasComponent(actor: Actor, componentId: string): Promise<IdeasComponent> {
  const found = await getComponentForAdmin(actor.organizationId, componentId);
  if (!found || found.component.kind !== 'ideas' || found.component.archivedAt) throw new AppError('NOT_FOUND', 'ideas component not found');
  if (!canReadIdeas(actor, permissionSubject(found))) throw new AppError('NOT_FOUND', 'ideas component not found');
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { timeZone: true } });
  return { ...found, settings: readIdeasSettings(found.component.settings), timeZone: org.timeZone };
}

/** The same, for officials' writes: the named permission applies too (FORBIDDEN otherwise). */
export async function loadIdeasComponentFor(actor: Actor, componentId: string, permission: ComponentPermission): Promise<IdeasComponent> {
  const found = await loadIdeasComponent(actor, componentId);
  if (!permission(actor, permissionSubject(found))) throw new AppError('FORBIDDEN');
  return found;
}

export type LockedIdea = IdeaFacts & {
  id: string;
  componentId: string;
  areaId: string;
  themeId: string | null;
  title: string;
  body: string;
  locale: string;
  customStateId: string | null;
  mergedIntoId: string | null;
  answer: unknown;
  stateReason: unknown;
  costEstimate: number | null;
  costJustification: unknown;
  timeFrame: unknown;
  latitude: number | null;
  longitude: number | null;
  locationText: string | null;
  state: IdeaBaseState;
};

/** The idea, row-locked for the rest of the transaction (two decisions, or a decision and a withdrawal, queue up). */
export async function lockIdea(tx: Tx, componentId: string, ideaId: string): Promise<LockedIdea> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Idea" WHERE "id" = ${ideaId} AND "componentId" = ${componentId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError('NOT_FOUND', 'idea not found');
  return tx.idea.findUniqueOrThrow({
    where: { id: ideaId },
    select: {
      id: true, componentId: true, areaId: true, themeId: true, title: true, body: true, locale: true, authorId: true,
      publishedAt: true, state: true, customStateId: true, mergedIntoId: true, answer: true, stateReason: true,
      costEstimate: true, costJustification: true, timeFrame: true, latitude: true, longitude: true, locationText: true,
      moderationState: true,
    },
  });
}

/** An idea concerns one of the space's own areas; a forged or foreign id is a field error, nothing stored. */
export async function assertSpaceArea(client: Pick<Tx, 'spaceArea'>, spaceId: string, areaId: string) {
  const found = await client.spaceArea.count({ where: { spaceId, areaId } });
  if (found === 0) throw refuse('INVALID_INPUT', 'ideaUnknownArea', 'areaId');
}

export async function assertTheme(client: Pick<Tx, 'ideaTheme'>, componentId: string, themeId: string | null) {
  if (themeId === null) return;
  const found = await client.ideaTheme.count({ where: { id: themeId, componentId } });
  if (found === 0) throw refuse('INVALID_INPUT', 'ideaUnknownTheme', 'themeId');
}

/**
 * Serializes one person's writes that count against a per-component limit (ideas per person, supports per person)
 * for the rest of the transaction, so two parallel requests cannot both pass a count taken before either wrote.
 */
export async function lockPersonInComponent(tx: Tx, purpose: string, componentId: string, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${purpose}:${componentId}:${userId}`}, 0))`;
}
