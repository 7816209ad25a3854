import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { transmitMail } from './transport';

const DeliverMailPayload = z.object({
  deliveryId: z.string().min(1),
  subject: z.string(),
  text: z.string(),
  headers: z.record(z.string().regex(/^[A-Za-z-]{1,60}$/), z.string().max(2000)).optional(),
});

/** What a job handler learns about its job from graphile-worker (the fields used here). */
export type JobAttempt = { attempts: number; max_attempts: number };

/** The error of a failed attempt as admins may read it: the transport's message, one line, bounded; never content. */
export function describeDeliveryError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, 500) || 'unknown error';
}

/**
 * The send-mail task: sends one queued mail and records the outcome on its MailDelivery row. A delivery already
 * marked sent is not sent again (a job can only repeat when a worker died between sending and finishing). A failed
 * attempt records its error and throws, so graphile-worker retries with backoff; the last attempt marks it FAILED for
 * the admins' delivery list.
 */
export async function deliverMail(payload: unknown, job: JobAttempt): Promise<void> {
  const parsed = DeliverMailPayload.safeParse(payload);
  if (!parsed.success) {
    // Not retryable: a malformed payload stays malformed. Logged without the payload (it may hold a link).
    console.error('[mail] dropped a send-mail job with a malformed payload');
    return;
  }
  const { deliveryId, subject, text, headers } = parsed.data;
  const delivery = await db.mailDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, recipient: true, organizationId: true, status: true },
  });
  if (!delivery || delivery.status === 'SENT') return;
  try {
    await transmitMail({
      to: delivery.recipient,
      subject,
      text,
      organizationId: delivery.organizationId,
      messageId: `<${delivery.id}@${new URL(env().APP_URL).hostname}>`,
      headers,
    });
  } catch (error) {
    const isLast = job.attempts >= job.max_attempts;
    await db.mailDelivery.update({
      where: { id: delivery.id },
      data: { status: isLast ? 'FAILED' : 'PENDING', attempts: job.attempts, lastError: describeDeliveryError(error) },
    });
    console.warn(`[mail] delivery ${delivery.id} attempt ${job.attempts}/${job.max_attempts} failed${isLast ? '; given up' : '; will retry'}`);
    throw error;
  }
  await db.mailDelivery.update({
    where: { id: delivery.id },
    data: { status: 'SENT', sentAt: new Date(), attempts: job.attempts, lastError: null },
  });
}
