import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { consumeRateLimit, RATE_LIMITS } from '@/lib/auth/rate-limit';
import { parseInput } from '@/lib/core/action-result';
import { AppError, isAppError } from '@/lib/core/errors';
import { permissionSubject } from '@/lib/components/context';
import { followAutomatically } from '@/lib/follows/mutations';
import { addResourceImage, removeResourceImage } from '@/lib/images/attach-image';
import { calendarToday } from '@/lib/spaces/membership-term';
import { ageGroupOf } from './age-groups';
import { CREATE_IDEA_ACTION, ideaActionAvailability } from './availability';
import { assertSpaceArea, assertTheme, type IdeasComponent, loadIdeasComponent, lockIdea, lockPersonInComponent, type LockedIdea, refuse } from './load';
import { canEditOwnIdea } from './permissions';
import { pinAllowed } from './pin-area';
import { IDEA_RESOURCE, ideaRef } from './resource';
import {
  ideaBasicsSchema,
  ideaLocationSchema,
  ideaPhotoSchema,
  type IdeaBasicsFormValues,
  type IdeaLocationFormValues,
  type IdeaPhotoFormValues,
} from './schema';

/**
 * A resident's idea from draft to publication (the submission steps): basics (title, text, area, theme), location
 * (pin and/or typed place), photo, then publish after seeing similar ideas. Drafts are kept and seen by their author
 * only. Every step checks that `create_idea` is open to the author now (ADR 025) — or, for a published idea, that
 * the component allows editing it — whatever the page showed.
 */

function assertCreateOpen(actor: Actor, found: IdeasComponent, now: Date) {
  const availability = ideaActionAvailability(CREATE_IDEA_ACTION, actor, found, found.timeZone, now);
  if (!availability.available) throw refuse('FORBIDDEN', 'ideaCreationClosed');
}

async function consumeIdeaRateLimit(userId: string) {
  try {
    await consumeRateLimit('ideaAccountHour', userId);
  } catch (error) {
    if (isAppError(error) && error.code === 'RATE_LIMITED') throw refuse('RATE_LIMITED', 'ideaRateLimited', '_form', { max: RATE_LIMITS.ideaAccountHour.points });
    throw error;
  }
}

/** The author's own idea, locked, that they may still change (a draft; a published one where editing is allowed). */
async function lockOwnEditable(tx: Tx, actor: Actor, found: IdeasComponent, ideaId: string, now: Date): Promise<LockedIdea> {
  const locked = await lockIdea(tx, found.component.id, ideaId);
  const coauthors = locked.publishedAt === null ? [] : await tx.ideaCoauthor.findMany({ where: { ideaId: locked.id, userId: { not: null }, acceptedAt: { not: null } }, select: { userId: true } });
  const idea = { ...locked, coauthorIds: coauthors.map((c) => c.userId!) };
  // Someone else's idea reads as missing, like one of another component.
  if (idea.authorId !== actor.userId && !idea.coauthorIds.includes(actor.userId)) throw new AppError('NOT_FOUND', 'idea not found');
  if (!canEditOwnIdea(actor, permissionSubject(found), idea, found.settings)) throw refuse('FORBIDDEN', 'ideaNotEditable');
  if (idea.publishedAt === null) assertCreateOpen(actor, found, now);
  return idea;
}

/** Step 1 of a new idea: a draft with its basics, in the author's language. */
export async function createIdeaDraft(actor: Actor, componentId: string, input: IdeaBasicsFormValues, now = new Date()): Promise<{ id: string }> {
  const found = await loadIdeasComponent(actor, componentId);
  assertCreateOpen(actor, found, now);
  const data = parseInput(ideaBasicsSchema, input);
  await assertSpaceArea(db, found.space.id, data.areaId);
  await assertTheme(db, found.component.id, data.themeId);
  await consumeIdeaRateLimit(actor.userId);
  return db.idea.create({
    data: { componentId: found.component.id, areaId: data.areaId, themeId: data.themeId, title: data.title, body: data.body, locale: actor.locale, authorId: actor.userId },
    select: { id: true },
  });
}

/** Step 1 again (a draft) or the author's edit of a published idea where allowed. */
export async function updateIdeaBasics(actor: Actor, componentId: string, ideaId: string, input: IdeaBasicsFormValues, now = new Date()): Promise<{ id: string }> {
  const found = await loadIdeasComponent(actor, componentId);
  const data = parseInput(ideaBasicsSchema, input);
  await assertSpaceArea(db, found.space.id, data.areaId);
  await assertTheme(db, found.component.id, data.themeId);
  return db.$transaction(async (tx) => {
    const idea = await lockOwnEditable(tx, actor, found, ideaId, now);
    await tx.idea.update({ where: { id: idea.id }, data: { title: data.title, body: data.body, areaId: data.areaId, themeId: data.themeId } });
    return { id: idea.id };
  });
}

/** Step 2: the pin (inside the municipality's areas: ./pin-area.ts) and/or the typed place; both may be empty. */
export async function setIdeaLocation(actor: Actor, componentId: string, ideaId: string, input: IdeaLocationFormValues, now = new Date()): Promise<{ id: string }> {
  const found = await loadIdeasComponent(actor, componentId);
  const data = parseInput(ideaLocationSchema, input);
  return db.$transaction(async (tx) => {
    const idea = await lockOwnEditable(tx, actor, found, ideaId, now);
    await assertPinAllowed(tx, actor.organizationId, idea.areaId, data);
    await tx.idea.update({ where: { id: idea.id }, data: { latitude: data.latitude, longitude: data.longitude, locationText: data.locationText } });
    return { id: idea.id };
  });
}

export async function assertPinAllowed(tx: Pick<Tx, 'area'>, organizationId: string, areaId: string, pin: { latitude: number | null; longitude: number | null }) {
  if (pin.latitude === null || pin.longitude === null) return;
  const areas = await tx.area.findMany({ where: { organizationId, boundary: { not: { equals: null } } }, select: { id: true, boundary: true } });
  const own = areas.find((a) => a.id === areaId)?.boundary ?? null;
  if (!pinAllowed({ latitude: pin.latitude, longitude: pin.longitude }, own, areas.map((a) => a.boundary))) {
    throw refuse('INVALID_INPUT', 'ideaPinOutside', 'latitude');
  }
}

/**
 * Step 3: a photo, uploaded beforehand to the component (POST /api/components/<id>/images) and attached here with its
 * alt text in the author's language — or, for one the idea already has, its alt text corrected. At most the
 * component's `photosPerIdea` (counted under the idea's lock).
 */
export async function saveIdeaPhoto(actor: Actor, componentId: string, ideaId: string, input: IdeaPhotoFormValues, now = new Date()): Promise<{ id: string }> {
  const found = await loadIdeasComponent(actor, componentId);
  const data = parseInput(ideaPhotoSchema, input);
  if (found.settings.photosPerIdea === 0) throw refuse('FORBIDDEN', 'ideaPhotosOff');
  return db.$transaction(async (tx) => {
    const idea = await lockOwnEditable(tx, actor, found, ideaId, now);
    const choice = { id: data.imageId, alt: data.decorative ? {} : { [idea.locale]: data.alt }, decorative: data.decorative };
    await addResourceImage(tx, { organizationId: actor.organizationId, componentId: found.component.id, resource: ideaRef(idea.id), choice, uploaderId: actor.userId, max: found.settings.photosPerIdea });
    return { id: idea.id };
  });
}

/** The author drops one of the idea's photos (while they may edit it). */
export async function removeIdeaPhoto(actor: Actor, componentId: string, ideaId: string, imageId: string, now = new Date()): Promise<{ id: string }> {
  const found = await loadIdeasComponent(actor, componentId);
  return db.$transaction(async (tx) => {
    const idea = await lockOwnEditable(tx, actor, found, ideaId, now);
    const removed = await removeResourceImage(tx, { organizationId: actor.organizationId, resource: ideaRef(idea.id), imageId });
    if (!removed) throw new AppError('NOT_FOUND', 'photo not found');
    return { id: idea.id };
  });
}

/**
 * Publishes the author's draft: `create_idea` must be open now, and the component's limit of ideas per person holds
 * (published ideas not withdrawn), counted under a per-person lock so parallel publishes cannot both pass. The idea
 * starts in SUBMITTED with its first history entry; the author follows it.
 */
export async function publishIdea(actor: Actor, componentId: string, ideaId: string, now = new Date()): Promise<{ id: string }> {
  const found = await loadIdeasComponent(actor, componentId);
  assertCreateOpen(actor, found, now);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { birthYear: true } });
  return db.$transaction(async (tx) => {
    await lockPersonInComponent(tx, 'ideas', found.component.id, actor.userId);
    const idea = await lockIdea(tx, found.component.id, ideaId);
    if (idea.authorId !== actor.userId) throw new AppError('NOT_FOUND', 'idea not found');
    if (idea.publishedAt !== null) throw refuse('CONFLICT', 'ideaAlreadyPublished');
    const limit = found.settings.ideasPerPerson;
    if (limit > 0) {
      const published = await tx.idea.count({ where: { componentId: found.component.id, authorId: actor.userId, publishedAt: { not: null }, state: { not: 'WITHDRAWN' } } });
      if (published >= limit) throw refuse('FORBIDDEN', 'ideaLimitReached', '_form', { max: limit });
    }
    const year = calendarToday(found.timeZone, now).getUTCFullYear();
    await tx.idea.update({ where: { id: idea.id }, data: { publishedAt: now, state: 'SUBMITTED', ageGroup: ageGroupOf(user.birthYear, year) } });
    await tx.ideaStateChange.create({ data: { ideaId: idea.id, fromState: null, toState: 'SUBMITTED', actorId: actor.userId, createdAt: now } });
    await followAutomatically(tx, actor.userId, ideaRef(idea.id));
    return { id: idea.id };
  });
}

/** The author throws away a draft (published ideas are withdrawn instead, never deleted). */
export async function deleteIdeaDraft(actor: Actor, componentId: string, ideaId: string): Promise<void> {
  const found = await loadIdeasComponent(actor, componentId);
  await db.$transaction(async (tx) => {
    const idea = await lockIdea(tx, found.component.id, ideaId);
    if (idea.authorId !== actor.userId) throw new AppError('NOT_FOUND', 'idea not found');
    if (idea.publishedAt !== null) throw refuse('CONFLICT', 'ideaAlreadyPublished');
    // Its photo becomes unattached; the hourly clean-up deletes the files a day later (ADR 028).
    await tx.resourceImage.updateMany({ where: { resourceType: IDEA_RESOURCE, resourceId: idea.id }, data: { resourceType: null, resourceId: null } });
    await tx.idea.delete({ where: { id: idea.id } });
  });
}
