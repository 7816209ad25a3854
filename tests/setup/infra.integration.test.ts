/**
 * The integration-test infrastructure itself: the database prepared by the global setup is migrated and seeded and
 * reachable through the app's own Prisma client, and mail sent the way the app sends it arrives in the SMTP sink.
 */
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { firstUrl, readMailbox, waitForMail } from './mailbox';

describe('integration test infrastructure', () => {
  it('connects lib/db to the migrated, seeded test database', async () => {
    expect(env().DATABASE_URL).toBe(process.env.DATABASE_URL);
    expect(env().DATABASE_URL).not.toMatch(/yhdessa_dev/);
    const org = await db.organization.findUnique({ where: { slug: 'kuopio' } });
    expect(org?.slug).toBe('kuopio');
    const [row] = await db.$queryRaw<{ n: number }[]>`select 1::int as n`;
    expect(row?.n).toBe(1);
  });

  it('delivers mail sent with nodemailer over SMTP_URL to the sink, decoded', async () => {
    const to = `infra-${Date.now()}@example.test`;
    const since = new Date();
    const transport = nodemailer.createTransport(env().SMTP_URL!);
    await transport.sendMail({
      from: env().MAIL_FROM,
      to,
      subject: 'Vahvista sähköpostiosoitteesi – Yhdessä',
      text: `Hei Äiti-Öljynen!\n\nAvaa linkki: ${env().APP_URL}/fi/verify?token=abc_123.\n${'Pitkä rivi ilman katkoja. '.repeat(10)}`,
    });
    const mail = await waitForMail(to, { subject: /Vahvista/, since, timeout: 5000 });
    expect(mail.subject).toBe('Vahvista sähköpostiosoitteesi – Yhdessä');
    expect(mail.from).toContain('no-reply@yhdessa.test');
    expect(mail.text).toContain('Hei Äiti-Öljynen!');
    expect(mail.text).toContain('Pitkä rivi ilman katkoja. '.repeat(10).trim());
    expect(firstUrl(mail.text)).toBe('http://127.0.0.1:3000/fi/verify?token=abc_123');
    expect(readMailbox(to.toUpperCase())).toHaveLength(1);
  });

  it('decodes multipart mail with an HTML part', async () => {
    const to = `infra-html-${Date.now()}@example.test`;
    await nodemailer.createTransport(env().SMTP_URL!).sendMail({
      from: env().MAIL_FROM,
      to,
      subject: 'Tervetuloa',
      text: 'Tekstiversio: åäö',
      html: '<p>HTML-versio: <a href="https://example.test/x">linkki</a> åäö</p>',
    });
    const mail = await waitForMail(to, { timeout: 5000 });
    expect(mail.text).toBe('Tekstiversio: åäö');
    expect(mail.html).toContain('HTML-versio: <a href="https://example.test/x">linkki</a> åäö');
  });
});
