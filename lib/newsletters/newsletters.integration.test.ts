/**
 * Newsletters against the real database, job queue and SMTP sink (issue 6, 2): who may write to whom (admins to
 * anyone, coordinators to their own spaces' and areas' followers — never "everyone"), only people who opted in
 * receive them, each in their language (the default where a translation is missing), a test goes to the writer
 * only, sending happens once and a send job run again mails nobody twice, counts come from the deliveries, and
 * consent is recorded both ways.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { readMailbox } from '@/tests/setup/mailbox';
import { runQueuedJobs } from '@/tests/setup/jobs';
import { auditRows, refusal } from '@/tests/factories/components';
import { newsFollowersFixture } from '@/tests/factories/news-followers';
import { switchMailOff } from '@/lib/notifications/preferences';
import { setNewsletterConsent } from './consent';
import { createNewsletter, deleteNewsletter, sendNewsletter, sendNewsletterTest, updateNewsletter } from './mutations';
import { deliveryCounts } from './queries';
import { countNewsletterRecipients } from './recipients';
import { runNewsletterSend } from './send-job';
import type { NewsletterFormValues } from './schema';

let f: Awaited<ReturnType<typeof newsFollowersFixture>>;
type Person = Awaited<ReturnType<typeof f.person>>;
let fiReader: Person;
let svReader: Person;
let enReader: Person;
let noConsent: Person;
let otherFollower: Person;

const letter = (extra: Partial<NewsletterFormValues> = {}): NewsletterFormValues => ({
  subject: { fi: 'Petosen kuulumiset', sv: 'Nytt från Petonen', en: '' },
  body: { fi: 'Hei!\n\nTyöpaja pidetään **tiistaina**.', sv: 'Hej!\n\nVerkstaden hålls på tisdag.', en: '' },
  audience: 'AREA_FOLLOWERS',
  targetId: f.area.id,
  ...extra,
});

beforeAll(async () => {
  f = await newsFollowersFixture();
  fiReader = await f.person('nl-fi');
  svReader = await f.person('nl-sv', 'sv');
  enReader = await f.person('nl-en', 'en');
  noConsent = await f.person('nl-none');
  otherFollower = await f.person('nl-space');
  for (const p of [fiReader, svReader, enReader, noConsent]) await f.follows(p.id, 'area', f.area.id);
  await f.follows(otherFollower.id, 'space', f.otherSpace.id);
  for (const p of [fiReader, svReader, enReader, otherFollower]) await setNewsletterConsent(p.id, true, 'profile');
});

describe('writing newsletters', () => {
  it('lets a coordinator address their own space’s and areas’ followers, audited, and refuses the rest', async () => {
    const { id } = await createNewsletter(f.coordinator, letter());
    expect(await db.newsletter.findUniqueOrThrow({ where: { id } })).toMatchObject({ spaceId: f.space.id, audience: 'AREA_FOLLOWERS', targetId: f.area.id, status: 'DRAFT' });
    expect((await auditRows(id))[0]).toMatchObject({ action: 'newsletter.create', actorId: f.coordinator.userId, spaceId: f.space.id });
    const before = await db.newsletter.count();
    for (const [input, field] of [
      [letter({ audience: 'ALL_OPTED_IN', targetId: '' }), 'audience'],
      [letter({ audience: 'SPACE_FOLLOWERS', targetId: f.otherSpace.id }), 'targetId'],
      [letter({ audience: 'SPACE_FOLLOWERS', targetId: f.council.id }), 'targetId'],
      [letter({ audience: 'AREA_FOLLOWERS', targetId: 'keksitty' }), 'targetId'],
    ] as const) {
      expect(await refusal(createNewsletter(f.coordinator, input))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { [field]: ['newsletterAudienceNotAllowed'] } });
    }
    expect((await refusal(createNewsletter(f.coordinator, letter({ subject: { fi: '', sv: 'Bara svenska', en: '' } })))).fieldErrors).toHaveProperty(['subject.fi']);
    expect((await refusal(createNewsletter(f.coordinator, letter({ targetId: '' })))).fieldErrors).toEqual({ targetId: ['newsletterTargetRequired'] });
    expect(await db.newsletter.count()).toBe(before);
  });

  it('refuses residents, coordinators of other spaces and other municipalities, and changes only drafts', async () => {
    const { id } = await createNewsletter(f.admin, letter({ audience: 'ALL_OPTED_IN', targetId: '' }));
    const resident = (await f.person('nl-resident')).actor;
    expect((await refusal(createNewsletter(resident, letter()))).code).toBe('FORBIDDEN');
    for (const actor of [resident, f.councilCoordinator, f.outsider, f.evaluator]) {
      expect((await refusal(updateNewsletter(actor, id, letter()))).code).toBe('NOT_FOUND');
      expect((await refusal(sendNewsletter(actor, id))).code).toBe('NOT_FOUND');
      expect((await refusal(sendNewsletterTest(actor, id, 'fi'))).code).toBe('NOT_FOUND');
      expect((await refusal(deleteNewsletter(actor, id))).code).toBe('NOT_FOUND');
    }
    // The coordinator cannot reach the organization's own newsletter either.
    expect((await refusal(updateNewsletter(f.coordinator, id, letter()))).code).toBe('NOT_FOUND');
    await deleteNewsletter(f.admin, id);
    expect(await db.newsletter.count({ where: { id } })).toBe(0);
  });
});

describe('sending', () => {
  it('sends a test to the writer only, then the newsletter once to those who opted in, each in their language', async () => {
    const { id } = await createNewsletter(f.coordinator, letter());
    expect(await countNewsletterRecipients({ organizationId: f.org.id, audience: 'AREA_FOLLOWERS', targetId: f.area.id })).toBe(3);

    await sendNewsletterTest(f.coordinator, id, 'sv');
    await runQueuedJobs();
    const test = readMailbox(f.coordinator.email).at(-1)!;
    expect(test.subject).toBe('[Test] Nytt från Petonen');
    expect(test.text).toContain('DETTA ÄR ETT TESTMEDDELANDE');
    expect(readMailbox(fiReader.email)).toEqual([]);

    await sendNewsletter(f.coordinator, id);
    expect((await refusal(sendNewsletter(f.coordinator, id))).code).toBe('CONFLICT');
    expect((await refusal(updateNewsletter(f.coordinator, id, letter()))).code).toBe('CONFLICT');
    expect((await refusal(deleteNewsletter(f.coordinator, id))).code).toBe('CONFLICT');
    await runQueuedJobs(); // the send job, then the mails it queued
    await runQueuedJobs();

    expect(readMailbox(fiReader.email).map((m) => m.subject)).toEqual(['Petosen kuulumiset']);
    expect(readMailbox(fiReader.email)[0]!.text).toContain('Työpaja pidetään **tiistaina**.');
    expect(readMailbox(fiReader.email)[0]!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(readMailbox(svReader.email).map((m) => m.subject)).toEqual(['Nytt från Petonen']);
    // No English text was written: the default language.
    expect(readMailbox(enReader.email).map((m) => m.subject)).toEqual(['Petosen kuulumiset']);
    expect(readMailbox(enReader.email)[0]!.text).toContain('You receive this newsletter');
    expect(readMailbox(noConsent.email)).toEqual([]);
    expect(readMailbox(otherFollower.email)).toEqual([]);

    expect(await db.newsletter.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', recipientCount: 3, sentById: f.coordinator.userId });
    expect(await deliveryCounts(id)).toEqual({ sent: 3, failed: 0, pending: 0 });
    expect((await auditRows(id)).map((a) => a.action)).toEqual(['newsletter.create', 'newsletter.test', 'newsletter.send']);

    // A send job that runs again (a worker died after its work) mails nobody twice.
    await db.newsletter.update({ where: { id }, data: { status: 'SENDING' } });
    expect(await runNewsletterSend({ newsletterId: id })).toEqual({ addressed: 3 });
    await runQueuedJobs();
    expect(readMailbox(fiReader.email)).toHaveLength(1);
  });

  it('stops at once for someone who unsubscribed from the link, and records consent both ways', async () => {
    await switchMailOff(svReader.id, 'newsletter');
    expect(await db.consentRecord.findMany({ where: { userId: svReader.id }, orderBy: { createdAt: 'asc' }, select: { given: true, source: true } })).toEqual([
      { given: true, source: 'profile' },
      { given: false, source: 'unsubscribe_link' },
    ]);
    expect(await setNewsletterConsent(svReader.id, false, 'profile')).toEqual({ changed: false });
    const { id } = await createNewsletter(f.admin, letter({ audience: 'ALL_OPTED_IN', targetId: '' }));
    await sendNewsletter(f.admin, id);
    await runQueuedJobs();
    await runQueuedJobs();
    expect(readMailbox(svReader.email)).toHaveLength(1);
    expect(readMailbox(otherFollower.email)).toHaveLength(1);
    expect((await db.newsletter.findUniqueOrThrow({ where: { id } })).recipientCount).toBe(3);
  });

  it('ignores malformed send payloads and newsletters that are not being sent', async () => {
    expect(await runNewsletterSend({ newsletterId: 'X Y' })).toBeNull();
    const { id } = await createNewsletter(f.coordinator, letter());
    expect(await runNewsletterSend({ newsletterId: id })).toBeNull();
  });
});
