import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { parseInput } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { db, type Tx } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { TASK } from '@/lib/jobs/task-names';
import { queueMail } from '@/lib/mail/queue-mail';
import { resolveAudience } from './audience';
import { newsletterMail } from './mail';
import { canManageNewsletter, canWriteNewsletters } from './permissions';
import { type NewsletterFormValues, newsletterInputSchema } from './schema';

/**
 * Writes of newsletters, each in one transaction with its audit record. The newsletter is read again inside the
 * transaction scoped to the actor's organization and checked with canManageNewsletter, so an id from elsewhere is
 * NOT_FOUND whoever calls. Only drafts change; sending is once (DRAFT → SENDING in one conditional update).
 */
async function loadManaged(tx: Tx, actor: Actor, id: string) {
  const newsletter = await tx.newsletter.findFirst({ where: { id, organizationId: actor.organizationId } });
  if (!newsletter || !canManageNewsletter(actor, newsletter)) throw new AppError('NOT_FOUND');
  return newsletter;
}

function auditShape(n: { audience: string; targetId: string | null; spaceId: string | null; subject: unknown; body: unknown }) {
  return { audience: n.audience, targetId: n.targetId, spaceId: n.spaceId, subject: n.subject, body: n.body };
}

export async function createNewsletter(actor: Actor, input: NewsletterFormValues): Promise<{ id: string }> {
  if (!canWriteNewsletters(actor)) throw new AppError('FORBIDDEN');
  const data = parseInput(newsletterInputSchema, input);
  return db.$transaction(async (tx) => {
    const { spaceId, targetId } = await resolveAudience(tx, actor, data);
    const created = await tx.newsletter.create({
      data: { organizationId: actor.organizationId, spaceId, audience: data.audience, targetId, subject: data.subject, body: data.body, createdById: actor.userId },
      select: { id: true },
    });
    await writeAudit(tx, actor, { action: 'newsletter.create', targetType: 'Newsletter', targetId: created.id, spaceId, after: auditShape({ ...data, spaceId, targetId }) });
    return created;
  });
}

export async function updateNewsletter(actor: Actor, id: string, input: NewsletterFormValues): Promise<{ id: string }> {
  const data = parseInput(newsletterInputSchema, input);
  return db.$transaction(async (tx) => {
    const before = await loadManaged(tx, actor, id);
    if (before.status !== 'DRAFT') throw new AppError('CONFLICT', 'a sent newsletter does not change');
    const { spaceId, targetId } = await resolveAudience(tx, actor, data);
    await tx.newsletter.update({ where: { id: before.id }, data: { spaceId, audience: data.audience, targetId, subject: data.subject, body: data.body } });
    await writeAudit(tx, actor, { action: 'newsletter.update', targetType: 'Newsletter', targetId: before.id, spaceId, before: auditShape(before), after: auditShape({ ...data, spaceId, targetId }) });
    return { id: before.id };
  });
}

export async function deleteNewsletter(actor: Actor, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadManaged(tx, actor, id);
    if (before.status !== 'DRAFT') throw new AppError('CONFLICT', 'a sent newsletter is kept');
    await tx.newsletter.delete({ where: { id: before.id } });
    await writeAudit(tx, actor, { action: 'newsletter.delete', targetType: 'Newsletter', targetId: before.id, spaceId: before.spaceId, before: auditShape(before) });
  });
}

/** Sends the newsletter to the actor alone, marked as a test, in the language they pick; counted nowhere. */
export async function sendNewsletterTest(actor: Actor, id: string, locale: 'fi' | 'sv' | 'en'): Promise<void> {
  await db.$transaction(async (tx) => {
    const newsletter = await loadManaged(tx, actor, id);
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } });
    const mail = newsletterMail({ userId: actor.userId, name: actor.displayName, locale }, newsletter, organization.name, { test: true });
    await queueMail(tx, { kind: 'newsletter', to: actor.email, organizationId: actor.organizationId, ...mail });
    await writeAudit(tx, actor, { action: 'newsletter.test', targetType: 'Newsletter', targetId: newsletter.id, spaceId: newsletter.spaceId, after: { locale } });
  });
}

/**
 * Sends a draft: marks it sending and queues the send job (./send-job.ts), which addresses the recipients as they
 * are then. A second press, or a second coordinator at the same moment, finds it no longer a draft (CONFLICT).
 */
export async function sendNewsletter(actor: Actor, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const newsletter = await loadManaged(tx, actor, id);
    const { count } = await tx.newsletter.updateMany({ where: { id: newsletter.id, status: 'DRAFT' }, data: { status: 'SENDING', sentById: actor.userId, sentAt: new Date() } });
    if (count === 0) throw new AppError('CONFLICT', 'already sent');
    await enqueueJob(tx, TASK.sendNewsletter, { newsletterId: newsletter.id }, { jobKey: `${TASK.sendNewsletter}:${newsletter.id}` });
    await writeAudit(tx, actor, { action: 'newsletter.send', targetType: 'Newsletter', targetId: newsletter.id, spaceId: newsletter.spaceId, after: auditShape(newsletter) });
  });
}
