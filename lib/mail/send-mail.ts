import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

export type MailMessage = { to: string; subject: string; text: string; organizationId?: string };

let transporter: Transporter | undefined;

/**
 * Sends an email over SMTP (SMTP_URL). Without SMTP (development) the message is kept in the outbox table, which
 * organization admins read at /admin/outbox. Call it after the transaction that made the change has committed.
 */
export async function sendMail(message: MailMessage): Promise<{ via: 'smtp' | 'outbox' }> {
  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) {
    await db.outboxMessage.create({
      data: { to: message.to, subject: message.subject, text: message.text, organizationId: message.organizationId },
    });
    return { via: 'outbox' };
  }
  transporter ??= nodemailer.createTransport(smtpUrl);
  await transporter.sendMail({ from: env().MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
  return { via: 'smtp' };
}
