import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { parseInput } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { encodeMessage } from '@/lib/core/validation-message';
import { zonedLocalToInstant } from '@/lib/core/zoned-time';
import { newsPermissions } from './permissions';
import { canDeleteNewsPost, newsPostState } from './post-state';
import { type NewsPostFormValues, type NewsPostInput, newsPostInputSchema } from './schema';
import { loadManagedComponentOfKind } from '@/lib/components/load-managed-component';
import { queueNewsAnnouncement } from './announcement-queue';
import { setResourceImage } from '@/lib/images/attach-image';

/**
 * Writes of the News kind. Each runs in one transaction with its audit record. The component is re-read inside the
 * transaction scoped to the actor's organization and the kind's `manage` permission is applied again, so an id from
 * another municipality or another kind is NOT_FOUND and a caller that forgot a check still cannot write.
 */
/** A post as a resource (ADR 027): what its image is attached to. */
const newsPostRef = (id: string) => ({ type: 'news_post', id });

function loadNewsComponent(tx: Tx, actor: Actor, componentId: string) {
  return loadManagedComponentOfKind(tx, actor, componentId, 'news', newsPermissions.manage);
}

/** Forged or foreign area ids are a field error, not a silent drop: the editor sees what was refused. */
async function assertOwnAreas(tx: Tx, organizationId: string, areaIds: string[]) {
  if (areaIds.length === 0) return;
  const found = await tx.area.count({ where: { id: { in: areaIds }, organizationId } });
  if (found !== areaIds.length) throw new AppError('INVALID_INPUT', 'unknown area', { areaIds: [encodeMessage('newsUnknownArea')] });
}

/** The publication time a save asks for; `current` is the stored time when editing (a published post keeps it). */
function publishAtFor(data: NewsPostInput, timeZone: string, now: Date, current: Date | null): Date | null {
  if (data.publication === 'draft') return null;
  if (data.publication === 'schedule') return zonedLocalToInstant(data.scheduledAt, timeZone);
  return current && current.getTime() <= now.getTime() ? current : now;
}

function parsePost(input: NewsPostFormValues, timeZone: string, now: Date): NewsPostInput {
  return parseInput(newsPostInputSchema(timeZone, () => now), input);
}

function auditShape(data: NewsPostInput, publishAt: Date | null) {
  const { publication: _publication, scheduledAt: _scheduledAt, image: _image, ...rest } = data;
  return { ...rest, publishAt: publishAt?.toISOString() ?? null };
}

export async function createNewsPost(actor: Actor, componentId: string, input: NewsPostFormValues, now = new Date()): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const component = await loadNewsComponent(tx, actor, componentId);
    const data = parsePost(input, component.timeZone, now);
    await assertOwnAreas(tx, actor.organizationId, data.areaIds);
    const publishAt = publishAtFor(data, component.timeZone, now, null);
    const post = await tx.newsPost.create({
      data: {
        componentId: component.id,
        title: data.title,
        summary: data.summary,
        body: data.body,
        publishAt,
        isPinned: data.isPinned,
        authorId: actor.userId,
        areas: { create: data.areaIds.map((areaId) => ({ areaId })) },
      },
      select: { id: true },
    });
    await queueNewsAnnouncement(tx, { id: post.id, publishAt, notifiedAt: null });
    const image = await setResourceImage(tx, { organizationId: actor.organizationId, componentId: component.id, resource: newsPostRef(post.id), choice: data.image ?? null });
    await writeAudit(tx, actor, {
      action: 'news_post.create',
      targetType: 'NewsPost',
      targetId: post.id,
      spaceId: component.spaceId,
      after: { componentId: component.id, ...auditShape(data, publishAt), image: image.after },
    });
    return post;
  });
}

async function loadPost(tx: Tx, componentId: string, postId: string) {
  const post = await tx.newsPost.findFirst({
    where: { id: postId, componentId },
    select: { id: true, title: true, summary: true, body: true, publishAt: true, unpublishedAt: true, notifiedAt: true, isPinned: true, areas: { select: { areaId: true } } },
  });
  if (!post) throw new AppError('NOT_FOUND', 'news post not found');
  return post;
}

function snapshot(post: Awaited<ReturnType<typeof loadPost>>) {
  return {
    title: post.title,
    summary: post.summary,
    body: post.body,
    publishAt: post.publishAt?.toISOString() ?? null,
    unpublishedAt: post.unpublishedAt?.toISOString() ?? null,
    isPinned: post.isPinned,
    areaIds: post.areas.map((a) => a.areaId).sort(),
  };
}

export async function updateNewsPost(actor: Actor, componentId: string, postId: string, input: NewsPostFormValues, now = new Date()): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const component = await loadNewsComponent(tx, actor, componentId);
    const data = parsePost(input, component.timeZone, now);
    const before = await loadPost(tx, component.id, postId);
    // What residents may already have read is not turned back into a draft; it is unpublished instead.
    if (data.publication === 'draft' && newsPostState(before, now) !== 'draft' && newsPostState(before, now) !== 'scheduled') {
      throw new AppError('INVALID_INPUT', 'published post cannot become a draft', { publication: [encodeMessage('newsAlreadyPublished')] });
    }
    await assertOwnAreas(tx, actor.organizationId, data.areaIds);
    const publishAt = publishAtFor(data, component.timeZone, now, before.publishAt);
    await tx.newsPostArea.deleteMany({ where: { postId: before.id } });
    await tx.newsPost.update({
      where: { id: before.id },
      data: {
        title: data.title,
        summary: data.summary,
        body: data.body,
        publishAt,
        isPinned: data.isPinned,
        areas: { create: data.areaIds.map((areaId) => ({ areaId })) },
      },
    });
    if (!before.unpublishedAt) await queueNewsAnnouncement(tx, { id: before.id, publishAt, notifiedAt: before.notifiedAt });
    const image = await setResourceImage(tx, { organizationId: actor.organizationId, componentId: component.id, resource: newsPostRef(before.id), choice: data.image });
    await writeAudit(tx, actor, {
      action: 'news_post.update',
      targetType: 'NewsPost',
      targetId: before.id,
      spaceId: component.spaceId,
      before: { ...snapshot(before), image: image.before },
      after: { ...auditShape(data, publishAt), image: image.after },
    });
    return { id: before.id };
  });
}

/** Pins or unpins a post (pinned posts are listed first). */
export async function setNewsPostPinned(actor: Actor, componentId: string, postId: string, isPinned: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const component = await loadNewsComponent(tx, actor, componentId);
    const before = await loadPost(tx, component.id, postId);
    await tx.newsPost.update({ where: { id: before.id }, data: { isPinned } });
    await writeAudit(tx, actor, {
      action: isPinned ? 'news_post.pin' : 'news_post.unpin',
      targetType: 'NewsPost',
      targetId: before.id,
      spaceId: component.spaceId,
      before: { isPinned: before.isPinned },
      after: { isPinned },
    });
  });
}

/** Hides a published or scheduled post from residents, keeping it; republishing shows it again at its own time. */
export async function setNewsPostUnpublished(actor: Actor, componentId: string, postId: string, unpublished: boolean, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const component = await loadNewsComponent(tx, actor, componentId);
    const before = await loadPost(tx, component.id, postId);
    if (!before.publishAt) throw new AppError('CONFLICT', 'a draft is not published');
    const unpublishedAt = unpublished ? (before.unpublishedAt ?? now) : null;
    await tx.newsPost.update({ where: { id: before.id }, data: { unpublishedAt } });
    if (!unpublished) await queueNewsAnnouncement(tx, before);
    await writeAudit(tx, actor, {
      action: unpublished ? 'news_post.unpublish' : 'news_post.republish',
      targetType: 'NewsPost',
      targetId: before.id,
      spaceId: component.spaceId,
      before: { unpublishedAt: before.unpublishedAt?.toISOString() ?? null },
      after: { unpublishedAt: unpublishedAt?.toISOString() ?? null },
    });
  });
}

/** Deletes a draft; anything ever published is unpublished instead (CONFLICT). */
export async function deleteNewsPost(actor: Actor, componentId: string, postId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const component = await loadNewsComponent(tx, actor, componentId);
    const before = await loadPost(tx, component.id, postId);
    if (!canDeleteNewsPost(before, now)) throw new AppError('CONFLICT', 'only drafts can be deleted');
    // Its image becomes unattached; the hourly clean-up removes it with its files.
    const image = await setResourceImage(tx, { organizationId: actor.organizationId, componentId: component.id, resource: newsPostRef(before.id), choice: null });
    await tx.newsPost.delete({ where: { id: before.id } });
    await writeAudit(tx, actor, { action: 'news_post.delete', targetType: 'NewsPost', targetId: before.id, spaceId: component.spaceId, before: { ...snapshot(before), image: image.before } });
  });
}
