import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { consumeRateLimit, RATE_LIMITS } from '@/lib/auth/rate-limit';
import { parseInput } from '@/lib/core/action-result';
import { AppError, isAppError } from '@/lib/core/errors';
import { asLocalizedText } from '@/lib/core/localized-text';
import { encodeMessage } from '@/lib/core/validation-message';
import { loadManagedComponentOfKind } from '@/lib/components/load-managed-component';
import { getComponentForAdmin } from '@/lib/components/queries';
import { permissionSubject } from '@/lib/components/context';
import { officialRoleOf } from '@/lib/comments/official-role';
import { readCommentSettings } from '@/lib/comments/settings';
import { followAutomatically } from '@/lib/follows/mutations';
import { openPreModeration } from '@/lib/moderation/open-case';
import type { Locale } from '@/lib/i18n/config';
import { createDebateAvailability } from './availability';
import { canEditOwnDebate, canReadDebates, canStartDebate, debatesPermissions, type DebateModerationState } from './permissions';
import { DEBATE_RESOURCE, debateRef } from './resource';
import {
  conclusionInputSchema,
  officialDebateInputSchema,
  residentDebateInputSchema,
  type ConclusionFormValues,
  type OfficialDebateFormValues,
  type ResidentDebateFormValues,
} from './schema';
import { residentDebatesAllowed } from './settings';

/**
 * Writes of the Debates kind. Officials' writes (create, edit, close, reopen, delete) re-read the component inside
 * their transaction, scoped to the actor's organization and the kind, apply `manage` again and write their audit
 * record in the same transaction. Residents' writes (start a debate, correct their own) check the component, the
 * `allowResidentDebates` setting and the `create_debate` action for the actor now (ADR 025), are rate limited, and
 * under pre-moderation wait for a moderator (a Moderation case opened in the same transaction).
 */

/** A refusal with a translated reason (messages/<locale>/validation.json), on a field or the whole form. */
function refuse(code: 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND' | 'INVALID_INPUT' | 'RATE_LIMITED', key: string, field = '_form', params?: Record<string, number>): AppError {
  return new AppError(code, key, { [field]: [encodeMessage(key, params)] });
}

function loadDebatesComponent(tx: Tx, actor: Actor, componentId: string) {
  return loadManagedComponentOfKind(tx, actor, componentId, 'debates', debatesPermissions.manage);
}

/** Debates concern the space's own areas; a forged or foreign id is a field error, not a silent drop. */
async function assertSpaceAreas(client: Pick<Tx, 'spaceArea'>, spaceId: string, areaIds: string[]) {
  if (areaIds.length === 0) return;
  const found = await client.spaceArea.count({ where: { spaceId, areaId: { in: areaIds } } });
  if (found !== areaIds.length) throw refuse('INVALID_INPUT', 'debateUnknownArea', 'areaIds');
}

type LockedDebate = {
  id: string;
  componentId: string;
  title: unknown;
  description: unknown;
  conclusion: unknown;
  authorId: string | null;
  isOfficial: boolean;
  moderationState: DebateModerationState;
  closedAt: Date | null;
  areaIds: string[];
};

/** The debate, row-locked for the rest of the transaction (two closes or an edit and a delete at once queue up). */
async function lockDebate(tx: Tx, componentId: string, debateId: string): Promise<LockedDebate> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Debate" WHERE "id" = ${debateId} AND "componentId" = ${componentId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError('NOT_FOUND', 'debate not found');
  const debate = await tx.debate.findUniqueOrThrow({
    where: { id: debateId },
    select: {
      id: true, componentId: true, title: true, description: true, conclusion: true, authorId: true, isOfficial: true,
      moderationState: true, closedAt: true, areas: { select: { areaId: true } },
    },
  });
  const { areas, ...rest } = debate;
  return { ...rest, areaIds: areas.map((a) => a.areaId).sort() };
}

/** Comments written on a debate in any state: a pending or deleted comment was written too. */
function commentsOn(tx: Tx, debateId: string): Promise<number> {
  return tx.comment.count({ where: { resourceType: DEBATE_RESOURCE, resourceId: debateId } });
}

function snapshot(debate: LockedDebate) {
  return {
    title: debate.title,
    description: debate.description,
    conclusion: debate.conclusion ?? null,
    closedAt: debate.closedAt?.toISOString() ?? null,
    moderationState: debate.moderationState,
    areaIds: debate.areaIds,
  };
}

/** An official opens a debate from the admin view: in every language they write, Markdown description, official. */
export async function createOfficialDebate(actor: Actor, componentId: string, input: OfficialDebateFormValues): Promise<{ id: string }> {
  const data = parseInput(officialDebateInputSchema, input);
  return db.$transaction(async (tx) => {
    const component = await loadDebatesComponent(tx, actor, componentId);
    await assertSpaceAreas(tx, component.spaceId, data.areaIds);
    const debate = await tx.debate.create({
      data: {
        componentId: component.id,
        title: data.title,
        description: data.description,
        authorId: actor.userId,
        isOfficial: true,
        areas: { create: data.areaIds.map((areaId) => ({ areaId })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, { action: 'debate.create', targetType: 'Debate', targetId: debate.id, spaceId: component.spaceId, after: { componentId: component.id, isOfficial: true, ...data } });
    return debate;
  });
}

/** An official edits any debate of the component (a resident's too: its text stays plain text on the page). */
export async function updateDebate(actor: Actor, componentId: string, debateId: string, input: OfficialDebateFormValues): Promise<{ id: string }> {
  const data = parseInput(officialDebateInputSchema, input);
  return db.$transaction(async (tx) => {
    const component = await loadDebatesComponent(tx, actor, componentId);
    const before = await lockDebate(tx, component.id, debateId);
    await assertSpaceAreas(tx, component.spaceId, data.areaIds);
    await tx.debateArea.deleteMany({ where: { debateId: before.id } });
    await tx.debate.update({
      where: { id: before.id },
      data: { title: data.title, description: data.description, areas: { create: data.areaIds.map((areaId) => ({ areaId })) } },
    });
    await writeAudit(tx, actor, {
      action: 'debate.update',
      targetType: 'Debate',
      targetId: before.id,
      spaceId: component.spaceId,
      before: { title: before.title, description: before.description, areaIds: before.areaIds },
      after: { ...data, areaIds: [...data.areaIds].sort() },
    });
    return { id: before.id };
  });
}

/** Closes a debate with a written conclusion (shown at the top of the debate); no new comments after it. */
export async function closeDebate(actor: Actor, componentId: string, debateId: string, input: ConclusionFormValues, now = new Date()): Promise<void> {
  const { conclusion } = parseInput(conclusionInputSchema, input);
  await db.$transaction(async (tx) => {
    const component = await loadDebatesComponent(tx, actor, componentId);
    const before = await lockDebate(tx, component.id, debateId);
    if (before.closedAt) throw refuse('CONFLICT', 'debateAlreadyClosed');
    await tx.debate.update({ where: { id: before.id }, data: { closedAt: now, closedById: actor.userId, conclusion } });
    await writeAudit(tx, actor, {
      action: 'debate.close',
      targetType: 'Debate',
      targetId: before.id,
      spaceId: component.spaceId,
      before: { closedAt: null },
      after: { closedAt: now.toISOString(), conclusion },
    });
  });
}

/** Opens a closed debate again; its conclusion is removed (kept in the audit record). */
export async function reopenDebate(actor: Actor, componentId: string, debateId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const component = await loadDebatesComponent(tx, actor, componentId);
    const before = await lockDebate(tx, component.id, debateId);
    if (!before.closedAt) throw refuse('CONFLICT', 'debateNotClosed');
    await tx.debate.update({ where: { id: before.id }, data: { closedAt: null, closedById: null, conclusion: Prisma.DbNull } });
    await writeAudit(tx, actor, {
      action: 'debate.reopen',
      targetType: 'Debate',
      targetId: before.id,
      spaceId: component.spaceId,
      before: { closedAt: before.closedAt.toISOString(), conclusion: before.conclusion ?? null },
      after: { closedAt: null },
    });
  });
}

/**
 * Deletes a debate nobody has commented on (a mistake, a duplicate); one with comments is closed instead, so that
 * what people wrote stays. Its follows and its moderation case go with it.
 */
export async function deleteDebate(actor: Actor, componentId: string, debateId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const component = await loadDebatesComponent(tx, actor, componentId);
    const before = await lockDebate(tx, component.id, debateId);
    if ((await commentsOn(tx, before.id)) > 0) throw refuse('CONFLICT', 'debateHasComments');
    await tx.follow.deleteMany({ where: { targetType: DEBATE_RESOURCE, targetId: before.id } });
    await tx.moderation.deleteMany({ where: { targetType: DEBATE_RESOURCE, targetId: before.id } });
    await tx.debate.delete({ where: { id: before.id } });
    await writeAudit(tx, actor, { action: 'debate.delete', targetType: 'Debate', targetId: before.id, spaceId: component.spaceId, before: { componentId: component.id, isOfficial: before.isOfficial, ...snapshot(before) } });
  });
}

/**
 * The component for a resident's write, within the actor's organization and of this kind, readable by them; else
 * NOT_FOUND (nobody learns of what they may not see). Archived components are read-only.
 */
async function loadComponentForResident(actor: Actor, componentId: string) {
  const found = await getComponentForAdmin(actor.organizationId, componentId);
  if (!found || found.component.kind !== 'debates' || found.component.archivedAt) throw new AppError('NOT_FOUND', 'debates component not found');
  if (!canReadDebates(actor, permissionSubject(found))) throw new AppError('NOT_FOUND', 'debates component not found');
  return found;
}

async function organizationTimeZone(organizationId: string): Promise<string> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } });
  return org.timeZone;
}

/** Residents' debates per account and hour (lib/auth/rate-limit.ts), with the limit in the message. */
async function consumeDebateRateLimit(userId: string) {
  try {
    await consumeRateLimit('debateAccountHour', userId);
  } catch (error) {
    if (isAppError(error) && error.code === 'RATE_LIMITED') throw refuse('RATE_LIMITED', 'debateRateLimited', '_form', { max: RATE_LIMITS.debateAccountHour.points });
    throw error;
  }
}

/**
 * A resident starts a debate from the public page: in their own language, plain text, optionally about some of the
 * space's areas. Refused unless the component allows residents' debates and `create_debate` is open to them now —
 * checked here, whatever the page showed. Under pre-moderation (a resident without a role in the space) it is
 * PENDING until a moderator approves it, and only its author sees it meanwhile. Its author follows it.
 */
export async function createResidentDebate(actor: Actor, componentId: string, input: ResidentDebateFormValues, now = new Date()): Promise<{ id: string; pending: boolean }> {
  const found = await loadComponentForResident(actor, componentId);
  const availability = createDebateAvailability(actor, found, await organizationTimeZone(actor.organizationId), now);
  if (!canStartDebate(actor, permissionSubject(found), { allowResidentDebates: residentDebatesAllowed(found.component.settings), availability })) {
    throw refuse('FORBIDDEN', 'debateCreationClosed');
  }
  const data = parseInput(residentDebateInputSchema, input);
  await assertSpaceAreas(db, found.space.id, data.areaIds);
  await consumeDebateRateLimit(actor.userId);
  const pending = readCommentSettings(found.component.settings).preModeration && officialRoleOf(actor, found.space.id) === null;
  const locale: Locale = actor.locale;
  return db.$transaction(async (tx) => {
    const debate = await tx.debate.create({
      data: {
        componentId: found.component.id,
        title: { [locale]: data.title },
        description: { [locale]: data.description },
        authorId: actor.userId,
        isOfficial: false,
        moderationState: pending ? 'PENDING' : 'VISIBLE',
        areas: { create: data.areaIds.map((areaId) => ({ areaId })) },
      },
      select: { id: true },
    });
    if (pending) {
      await openPreModeration(tx, {
        organizationId: actor.organizationId,
        spaceId: found.space.id,
        componentId: found.component.id,
        targetType: DEBATE_RESOURCE,
        targetId: debate.id,
        authorId: actor.userId,
      });
    }
    await followAutomatically(tx, actor.userId, debateRef(debate.id));
    return { id: debate.id, pending };
  });
}

/**
 * The author corrects their own debate while nobody has commented on it (and it is open and not hidden). The text
 * stays in the language it was written in.
 */
export async function updateOwnDebate(actor: Actor, componentId: string, debateId: string, input: ResidentDebateFormValues): Promise<{ id: string }> {
  const found = await loadComponentForResident(actor, componentId);
  const data = parseInput(residentDebateInputSchema, input);
  await assertSpaceAreas(db, found.space.id, data.areaIds);
  return db.$transaction(async (tx) => {
    const before = await lockDebate(tx, found.component.id, debateId);
    // Someone else's debate reads as missing, like one of another component.
    if (before.authorId !== actor.userId) throw new AppError('NOT_FOUND', 'debate not found');
    const facts = { ...before, commentCount: await commentsOn(tx, before.id) };
    if (!canEditOwnDebate(actor, permissionSubject(found), facts)) {
      throw refuse('FORBIDDEN', facts.commentCount > 0 ? 'debateEditHasComments' : 'debateNotEditable');
    }
    const lang = (Object.keys(asLocalizedText(before.title))[0] as Locale | undefined) ?? actor.locale;
    await tx.debateArea.deleteMany({ where: { debateId: before.id } });
    await tx.debate.update({
      where: { id: before.id },
      data: { title: { [lang]: data.title }, description: { [lang]: data.description }, areas: { create: data.areaIds.map((areaId) => ({ areaId })) } },
    });
    return { id: before.id };
  });
}
