import type { Tx } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { TASK } from '@/lib/jobs/task-names';
import type { MailKind } from './mail-kinds';

/**
 * Attempts before a mail is given up (docs/decisions/023-background-jobs.md): graphile-worker waits exp(n) seconds
 * after the n-th failure, so ten attempts span about ten hours of an SMTP outage.
 */
export const MAIL_MAX_ATTEMPTS = 10;

export type QueuedMail = {
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  organizationId?: string | null;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058) on notification mails and newsletters. */
  headers?: Record<string, string>;
};

/**
 * Queues a mail in the caller's transaction: a MailDelivery row (recipient and kind, no content) and a send-mail job
 * whose payload carries the subject and text until it is sent. Committed together with the change it reports, or not
 * at all.
 */
export async function queueMail(tx: Tx, mail: QueuedMail): Promise<{ deliveryId: string }> {
  const delivery = await tx.mailDelivery.create({
    data: { kind: mail.kind, recipient: mail.to, organizationId: mail.organizationId ?? null },
    select: { id: true },
  });
  await enqueueJob(tx, TASK.sendMail, { deliveryId: delivery.id, subject: mail.subject, text: mail.text, ...(mail.headers ? { headers: mail.headers } : {}) }, { maxAttempts: MAIL_MAX_ATTEMPTS });
  return { deliveryId: delivery.id };
}
