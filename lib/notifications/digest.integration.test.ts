/**
 * The daily digest against the real database and SMTP sink (issue 6, 1.6): one digest per person per day in their
 * language, even with two workers running at once; nothing mailed about content withdrawn since, or to people who
 * switched mail off; and the one-click unsubscribe of notification mails and digests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setNewsPostUnpublished } from '@/lib/news/mutations';
import { readMailbox } from '@/tests/setup/mailbox';
import { runQueuedJobs } from '@/tests/setup/jobs';
import { newsFollowersFixture } from '@/tests/factories/news-followers';
import { refusal } from '@/tests/factories/components';
import { env } from '@/lib/env';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { TASK } from '@/lib/jobs/task-names';
import { startWorker } from '@/lib/jobs/worker';
import { digestDay, queueDueDigests, sendOrganizationDigests } from './daily-digest';
import { getEmailPreferences, setEmailPreferences, switchMailOff } from './preferences';
import { makeUnsubscribeToken, readUnsubscribeToken } from './unsubscribe-token';

let f: Awaited<ReturnType<typeof newsFollowersFixture>>;
type Person = Awaited<ReturnType<typeof f.person>>;
let readers: Person[];

const digestsOf = (p: Person) => readMailbox(p.email).filter((m) => /Päivän kooste|Dagens sammandrag|Daily digest/.test(m.subject));

beforeAll(async () => {
  f = await newsFollowersFixture();
  readers = [await f.person('digest-fi'), await f.person('digest-sv', 'sv'), await f.person('digest-en', 'en'), await f.person('digest-2'), await f.person('digest-3')];
  for (const r of readers) await f.follows(r.id, 'area', f.area.id);
});

describe('the daily digest', () => {
  it('goes to each person once a day, in their language, with two workers at once', async () => {
    await f.publish(f.coordinator, f.newsId, 'Ensimmäinen uutinen');
    await f.publish(f.coordinator, f.newsId, 'Toinen uutinen');
    await runQueuedJobs();
    const now = new Date();
    const [a, b] = await Promise.all([sendOrganizationDigests(f.org.id, '2026-12-03', now), sendOrganizationDigests(f.org.id, '2026-12-03', now)]);
    expect(a.digests + b.digests).toBe(readers.length);
    await runQueuedJobs();
    for (const r of readers) expect(digestsOf(r), r.email).toHaveLength(1);
    expect(digestsOf(readers[0]!)[0]!.subject).toMatch(/^Päivän kooste: 2 uutta ilmoitusta/);
    expect(digestsOf(readers[0]!)[0]!.text).toContain('Ensimmäinen uutinen');
    expect(digestsOf(readers[0]!)[0]!.text).toContain('Toinen uutinen');
    expect(digestsOf(readers[1]!)[0]!.subject).toMatch(/^Dagens sammandrag: 2 nya aviseringar/);
    expect(digestsOf(readers[1]!)[0]!.text).toContain('Ensimmäinen uutinen (sv)');
    expect(digestsOf(readers[2]!)[0]!.subject).toMatch(/^Daily digest/);
    expect(digestsOf(readers[0]!)[0]!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(await db.notification.count({ where: { userId: { in: readers.map((r) => r.id) }, emailSettledAt: null } })).toBe(0);

    // The same day again: nothing more, even when something new came in meanwhile (it waits for tomorrow).
    await f.publish(f.coordinator, f.newsId, 'Kolmas uutinen');
    await runQueuedJobs();
    expect((await sendOrganizationDigests(f.org.id, '2026-12-03', new Date())).digests).toBe(0);
    await runQueuedJobs();
    for (const r of readers) expect(digestsOf(r)).toHaveLength(1);
    // The next day the new one goes out.
    expect((await sendOrganizationDigests(f.org.id, '2026-12-04', new Date())).digests).toBe(readers.length);
    await runQueuedJobs();
    for (const r of readers) expect(digestsOf(r)).toHaveLength(2);
  });

  it('is due from the organization’s local morning on', () => {
    expect(digestDay('Europe/Helsinki', new Date('2026-12-10T04:30:00Z'))).toBeNull(); // 06:30 in Helsinki
    expect(digestDay('Europe/Helsinki', new Date('2026-12-10T05:00:00Z'))).toBe('2026-12-10');
    expect(digestDay('Europe/Helsinki', new Date('2026-12-10T22:30:00Z'))).toBeNull(); // 00:30 the next day
    expect(digestDay('Europe/Helsinki', new Date('2026-07-01T04:00:00Z'))).toBe('2026-07-01'); // summer time: 07:00
  });

  it('is sent once per person when two workers run the organization’s job of the day at once', async () => {
    await f.publish(f.coordinator, f.newsId, 'Kahden työntekijän päivä');
    await runQueuedJobs();
    const before = readers.map((r) => digestsOf(r).length);
    const day = '2026-12-06';
    // Two jobs for the same day (as if the scheduler had queued it twice), and two workers to take them.
    await enqueueJob(db, TASK.organizationDigest, { organizationId: f.org.id, day });
    await enqueueJob(db, TASK.organizationDigest, { organizationId: f.org.id, day });
    const workers = await Promise.all([0, 1].map(() => startWorker({ connectionString: env().DATABASE_URL, concurrency: 2, withCron: false })));
    try {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const sent = await db.mailDelivery.count({ where: { kind: 'notification.digest', recipient: { in: readers.map((r) => r.email) }, status: 'SENT' } });
        const pending = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier IN ('organization-digest', 'send-mail')`;
        if (sent >= before.reduce((a, b) => a + b, 0) + readers.length && Number(pending[0]!.n) === 0) break;
        if (Date.now() > deadline) throw new Error('the two workers did not finish the digests within 30 s');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    await new Promise((r) => setTimeout(r, 200));
    readers.forEach((r, i) => expect(digestsOf(r), r.email).toHaveLength(before[i]! + 1));
    expect(await db.scheduledRun.count({ where: { task: `notification-digest:${f.org.id}`, period: day } })).toBe(1);
    expect(await db.notificationDigest.count({ where: { userId: { in: readers.map((r) => r.id) }, day } })).toBe(readers.length);
  });

  it('is queued by the hourly tick once the morning has come, and not again after the day’s run', async () => {
    const night = new Date('2030-01-15T03:00:00Z');
    const morning = new Date('2030-01-15T06:00:00Z');
    const jobs = () => db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = ${`organization-digest:${f.org.id}:2030-01-15`}`;
    expect(await queueDueDigests(night)).not.toContain(f.org.id);
    expect(await queueDueDigests(morning)).toContain(f.org.id);
    expect(Number((await jobs())[0]!.n)).toBe(1);
    await runQueuedJobs();
    expect(await queueDueDigests(morning)).not.toContain(f.org.id);
  });

  it('leaves out what was withdrawn since and people who switched mail off', async () => {
    const { id } = await f.publish(f.coordinator, f.newsId, 'Vedetään pois');
    await runQueuedJobs();
    await setNewsPostUnpublished(f.coordinator, f.newsId, id, true);
    await switchMailOff(readers[3]!.id, 'news_published');
    const before = digestsOf(readers[3]!).length;
    await f.publish(f.coordinator, f.newsId, 'Jää näkyviin');
    await runQueuedJobs();
    await sendOrganizationDigests(f.org.id, '2026-12-05', new Date());
    await runQueuedJobs();
    const latest = digestsOf(readers[0]!).at(-1)!;
    expect(latest.text).toContain('Jää näkyviin');
    expect(latest.text).not.toContain('Vedetään pois');
    expect(digestsOf(readers[3]!)).toHaveLength(before);
    expect(await db.notification.count({ where: { userId: readers[3]!.id, emailSettledAt: null } })).toBe(0);
  });
});

describe('unsubscribing and preferences', () => {
  it('accepts only genuine tokens, which switch off exactly what they name', async () => {
    const p = readers[4]!;
    const token = makeUnsubscribeToken(p.id, 'digest');
    expect(readUnsubscribeToken(token)).toEqual({ userId: p.id, scope: 'digest' });
    const [userId, , signature] = token.split('.');
    for (const forged of [`${userId}.news_published.${signature}`, `${readers[0]!.id}.digest.${signature}`, `${token}x`, '', 'a.b', null, 42, 'x'.repeat(500)]) {
      expect(readUnsubscribeToken(forged), String(forged)).toBeNull();
    }
    expect(await switchMailOff(p.id, 'digest')).toBe(true);
    expect((await getEmailPreferences(p.id)).news_published).toBe('OFF');
    expect(await switchMailOff(p.id, 'no_such_kind')).toBe(false);
    expect(await switchMailOff('eiolemassa', 'digest')).toBe(false);
  });

  it('saves a person’s choices and refuses anything but the known kinds and choices', async () => {
    const p = readers[2]!;
    // The form sends a choice for every kind; anything missing, unknown or misspelt is refused whole.
    const choices = { news_published: 'IMMEDIATE', comment_posted: 'OFF', comment_reply: 'DAILY', content_moderated: 'IMMEDIATE', idea_answered: 'DAILY', idea_coauthor_invited: 'OFF', idea_assigned: 'IMMEDIATE' };
    await setEmailPreferences(p.actor, choices);
    expect(await getEmailPreferences(p.id)).toEqual(choices);
    for (const bad of [{ ...choices, news_published: 'HOURLY' }, { ...choices, other_kind: 'OFF' }, { news_published: 'OFF' }, null, 'OFF', {}]) {
      expect((await refusal(setEmailPreferences(p.actor, bad))).code).toBe('INVALID_INPUT');
    }
    expect(await getEmailPreferences(p.id)).toEqual(choices);
  });
});
