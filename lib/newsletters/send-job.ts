import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { queueMail } from '@/lib/mail/queue-mail';
import { newsletterMail } from './mail';
import { findNewsletterRecipients } from './recipients';

const Payload = z.object({ newsletterId: z.string().regex(/^[a-z0-9]{1,40}$/) });

/**
 * The send-newsletter task: addresses a newsletter being sent to its recipients page by page, each page one
 * transaction that records each person's delivery and queues their mail, in their language. A person already
 * recorded is skipped, so a job that died halfway and runs again finishes the rest and mails nobody twice. Marks
 * the newsletter sent with the number of people it was addressed to.
 */
export async function runNewsletterSend(payload: unknown): Promise<{ addressed: number } | null> {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) return null;
  const newsletter = await db.newsletter.findUnique({ where: { id: parsed.data.newsletterId } });
  if (!newsletter || newsletter.status !== 'SENDING') return null;
  const organization = await db.organization.findUniqueOrThrow({ where: { id: newsletter.organizationId }, select: { name: true } });
  let after = '';
  for (;;) {
    const page = await findNewsletterRecipients(newsletter, after);
    if (page.lastId === null) break;
    after = page.lastId;
    await db.$transaction(async (tx) => {
      for (const r of page.recipients) {
        const claimed = await tx.$executeRaw`
          INSERT INTO "NewsletterDelivery" ("newsletterId", "userId", "locale") VALUES (${newsletter.id}, ${r.userId}, ${r.locale}) ON CONFLICT DO NOTHING`;
        if (claimed === 0) continue;
        const mail = newsletterMail(r, newsletter, organization.name);
        const { deliveryId } = await queueMail(tx, { kind: 'newsletter', to: r.email, organizationId: newsletter.organizationId, ...mail });
        await tx.newsletterDelivery.update({ where: { newsletterId_userId: { newsletterId: newsletter.id, userId: r.userId } }, data: { mailDeliveryId: deliveryId } });
      }
    });
  }
  const addressed = await db.newsletterDelivery.count({ where: { newsletterId: newsletter.id } });
  await db.newsletter.update({ where: { id: newsletter.id }, data: { status: 'SENT', recipientCount: addressed } });
  return { addressed };
}
