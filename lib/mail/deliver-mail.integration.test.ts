/**
 * A mail server that refuses: each attempt records its error on the delivery and throws so that the queue retries;
 * the last attempt marks it FAILED for the admins. The transport is replaced by one that fails like an unreachable
 * SMTP server does; the database and the bookkeeping are real.
 */
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { uniqueSuffix } from '@/tests/factories/organization-admin';
import { queueMail } from './queue-mail';
import { deliverMail, describeDeliveryError } from './deliver-mail';

vi.mock('./transport', () => ({
  transmitMail: vi.fn(async () => {
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525\n    at TCPConnectWrap'), { code: 'ESOCKET' });
  }),
}));

describe('a delivery that fails', () => {
  it('is retried with its error recorded, and marked failed after the last attempt, never holding its text', async () => {
    const to = `refused-${uniqueSuffix()}@example.test`;
    const text = 'Vaihda salasana: https://osallistu.example/fi/reset-password?token=secret';
    const { deliveryId } = await db.$transaction((tx) => queueMail(tx, { kind: 'account.password-reset', to, subject: 'Salasana', text }));
    const payload = { deliveryId, subject: 'Salasana', text };

    await expect(deliverMail(payload, { attempts: 1, max_attempts: 3 })).rejects.toThrow('ECONNREFUSED');
    let row = await db.mailDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'connect ECONNREFUSED 127.0.0.1:2525 at TCPConnectWrap' });

    await expect(deliverMail(payload, { attempts: 3, max_attempts: 3 })).rejects.toThrow();
    row = await db.mailDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(row.status).toBe('FAILED');
    expect(row.attempts).toBe(3);
    expect(JSON.stringify(row)).not.toContain('token=secret');
  });

  it('drops a malformed payload without retrying, and ignores a delivery that was already sent', async () => {
    await expect(deliverMail({ deliveryId: 42 }, { attempts: 1, max_attempts: 10 })).resolves.toBeUndefined();
    const { deliveryId } = await db.$transaction((tx) =>
      queueMail(tx, { kind: 'account.email-changed', to: `done-${uniqueSuffix()}@example.test`, subject: 'x', text: 'y' }),
    );
    await db.mailDelivery.update({ where: { id: deliveryId }, data: { status: 'SENT', sentAt: new Date() } });
    await expect(deliverMail({ deliveryId, subject: 'x', text: 'y' }, { attempts: 2, max_attempts: 10 })).resolves.toBeUndefined();
  });

  it('keeps an error to one bounded line', () => {
    expect(describeDeliveryError(new Error(`a\n\n  b ${'x'.repeat(900)}`))).toHaveLength(500);
    expect(describeDeliveryError('plain')).toBe('plain');
  });
});
