import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  organizationId?: string | null;
  /** Stable per delivery (`<deliveryId@host>`), so a mail client shows a repeated send as the same message. */
  messageId?: string;
  headers?: Record<string, string>;
};

let transporter: Transporter | undefined;

/**
 * Hands one mail to SMTP (SMTP_URL). Without SMTP (development and demos) it is kept in the outbox table, which
 * organization admins read at /admin/outbox. Only the job queue calls this (lib/mail/deliver-mail.ts); features
 * queue mail with queueMail() in their own transaction.
 */
export async function transmitMail(mail: OutgoingMail): Promise<{ via: 'smtp' | 'outbox' }> {
  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) {
    await db.outboxMessage.create({
      data: { to: mail.to, subject: mail.subject, text: mail.text, organizationId: mail.organizationId ?? null },
    });
    return { via: 'outbox' };
  }
  transporter ??= nodemailer.createTransport(smtpUrl);
  await transporter.sendMail({
    from: env().MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    messageId: mail.messageId,
    headers: mail.headers,
  });
  return { via: 'smtp' };
}
