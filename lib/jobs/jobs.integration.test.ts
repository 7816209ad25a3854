/**
 * The job queue against the real database and SMTP sink (ADR 023): mail is queued with the change that caused it,
 * sent once even with two workers running at once, retried and finally marked failed without its content, and
 * periodic work runs once per period whoever gets there first.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { queueMail } from '@/lib/mail/queue-mail';
import { readMailbox } from '@/tests/setup/mailbox';
import { runQueuedJobs } from '@/tests/setup/jobs';
import { uniqueSuffix } from '@/tests/factories/organization-admin';
import { runOncePerPeriod } from './run-once-per-period';
import { startWorker } from './worker';

const countSendMailJobs = async (deliveryId: string) => {
  const rows = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'send-mail' AND j.payload->>'deliveryId' = ${deliveryId}`;
  return Number(rows[0]!.n);
};

describe('queued mail', () => {
  it('is queued with the transaction that caused it, and not at all when that transaction rolls back', async () => {
    const to = `rollback-${uniqueSuffix()}@example.test`;
    let deliveryId = '';
    await expect(
      db.$transaction(async (tx) => {
        ({ deliveryId } = await queueMail(tx, { kind: 'accessibility.feedback', to, subject: 'Ei lähde', text: 'Peruttu' }));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(deliveryId).not.toBe('');
    expect(await db.mailDelivery.count({ where: { id: deliveryId } })).toBe(0);
    expect(await countSendMailJobs(deliveryId)).toBe(0);
    await runQueuedJobs();
    expect(readMailbox(to)).toEqual([]);
  });

  it('is sent by the worker, recorded as sent without its content, with a Message-ID of its own', async () => {
    const to = `sent-${uniqueSuffix()}@example.test`;
    const { deliveryId } = await db.$transaction((tx) =>
      queueMail(tx, { kind: 'account.password-changed', to, subject: 'Salasanasi vaihdettiin', text: 'Hei!\n\nSalasanasi vaihdettiin.' }),
    );
    expect(await countSendMailJobs(deliveryId)).toBe(1);
    await runQueuedJobs();
    const mails = readMailbox(to);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Salasanasi vaihdettiin');
    expect(mails[0]!.headers['message-id']).toBe(`<${deliveryId}@${new URL(env().APP_URL).hostname}>`);
    const delivery = await db.mailDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(delivery).toMatchObject({ status: 'SENT', attempts: 1, lastError: null, recipient: to, kind: 'account.password-changed' });
    expect(delivery.sentAt).toBeInstanceOf(Date);
    // Done jobs leave the queue, and with them the only copy of the text.
    expect(await countSendMailJobs(deliveryId)).toBe(0);
    expect(JSON.stringify(delivery)).not.toContain('Salasanasi vaihdettiin.');
  });

  it('goes out exactly once per delivery with two workers running at once', async () => {
    const run = uniqueSuffix();
    const recipients = Array.from({ length: 24 }, (_, i) => `pair-${run}-${i}@example.test`);
    const ids = await db.$transaction(async (tx) => {
      const out: string[] = [];
      for (const to of recipients) out.push((await queueMail(tx, { kind: 'accessibility.feedback', to, subject: `Viesti ${to}`, text: 'Hei' })).deliveryId);
      return out;
    });
    const workers = await Promise.all([
      startWorker({ connectionString: env().DATABASE_URL, concurrency: 3, withCron: false }),
      startWorker({ connectionString: env().DATABASE_URL, concurrency: 3, withCron: false }),
    ]);
    try {
      const deadline = Date.now() + 30_000;
      while ((await db.mailDelivery.count({ where: { id: { in: ids }, status: 'SENT' } })) < ids.length) {
        if (Date.now() > deadline) throw new Error('the two workers did not send every mail within 30 s');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    // The sink writes each message when the SMTP transaction ends, just before the worker records it as sent.
    await new Promise((r) => setTimeout(r, 200));
    for (const to of recipients) expect(readMailbox(to), to).toHaveLength(1);
  });
});

describe('periodic work', () => {
  it('runs once per period however many workers reach it at the same moment', async () => {
    const task = `test-${uniqueSuffix()}`;
    let runs = 0;
    const work = async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 50));
      return { runs };
    };
    const results = await Promise.all(Array.from({ length: 6 }, () => runOncePerPeriod(task, '2026-12-02T13', work)));
    expect(runs).toBe(1);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    const row = await db.scheduledRun.findUniqueOrThrow({ where: { task_period: { task, period: '2026-12-02T13' } } });
    expect(row.finishedAt).toBeInstanceOf(Date);
    // The next period runs again.
    await runOncePerPeriod(task, '2026-12-02T14', work);
    expect(runs).toBe(2);
  });

  it('lets a failed run be retried', async () => {
    const task = `test-${uniqueSuffix()}`;
    await expect(runOncePerPeriod(task, 'p', async () => Promise.reject(new Error('database hiccup')))).rejects.toThrow('database hiccup');
    expect(await runOncePerPeriod(task, 'p', async () => ({ ok: true }))).toEqual({ ok: true });
  });
});
