/**
 * Flags and moderators' decisions against the real database (issue 7): one flag per person even in parallel, the
 * threshold that hides, decisions by the right people only, forged decisions refused, every step audited, the
 * author told in their language, and the queue scoped to what the moderator moderates.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { signInAs } from '@/tests/setup/signed-in-as';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { auditRows, refusal } from '@/tests/factories/components';
import { commentFixture, commentOn } from '@/tests/factories/comments';
import { actorFor, createTestOrganization, createTestUser } from '@/tests/factories/organization-admin';
import { runQueuedJobs } from '@/tests/setup/jobs';

vi.mock('@/lib/auth/current-actor', () => import('@/tests/setup/signed-in-as'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const actions = await import('./actions');
const { flagContent } = await import('./flag');
const { decideModeration } = await import('./decide');
const { listModerationCases } = await import('./queries');
const { postComment } = await import('@/lib/comments/mutations');
const { readThread } = await import('@/lib/comments/thread-queries');

let f: Awaited<ReturnType<typeof commentFixture>>;
let author: Actor;

beforeAll(async () => {
  f = await commentFixture();
});

beforeEach(async () => {
  author = await f.resident('author');
});

const flag = (targetId: string, reason = 'OFFENSIVE', details = '') => ({ targetType: 'comment', targetId, reason, details });
const caseOf = (targetId: string) => db.moderation.findUniqueOrThrow({ where: { targetType_targetId: { targetType: 'comment', targetId } } });
const stateOf = async (id: string) => (await db.comment.findUniqueOrThrow({ where: { id } })).moderationState;

describe('flagging', () => {
  it('takes one flag per person, also when sent twice at once, and refuses flagging one\'s own', async () => {
    const { id } = await postComment(author, commentOn(f.post.id, 'Ilmoitettava'));
    const flagger = await f.resident('flagger');
    const results = await Promise.allSettled([flagContent(flagger, flag(id)), flagContent(flagger, flag(id))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.flag.count({ where: { moderation: { targetId: id } } })).toBe(1);
    expect((await caseOf(id)).flagCount).toBe(1);
    expect(await refusal(flagContent(flagger, flag(id)))).toEqual({ code: 'CONFLICT', fieldErrors: { _form: ['alreadyFlagged'] } });
    expect(await refusal(flagContent(author, flag(id)))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['flagOwn'] } });
  });

  it('asks for details with "other", and refuses unknown targets, anonymous callers and other organizations', async () => {
    const { id } = await postComment(author, commentOn(f.post.id, 'Muu syy'));
    const flagger = await f.resident('flagger');
    expect(await refusal(flagContent(flagger, flag(id, 'OTHER')))).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { details: ['flagDetailsRequired'] } });
    expect((await refusal(flagContent(flagger, flag(id, 'RUDE')))).code).toBe('INVALID_INPUT');
    expect((await refusal(flagContent(flagger, { ...flag(id), targetType: 'news_post' }))).code).toBe('NOT_FOUND');
    signInAs(null);
    expect(await actions.flagContentAction(flag(id))).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    const otherOrg = await createTestOrganization('vieras');
    signInAs(await actorFor((await createTestUser(otherOrg.id, { label: 'vieras' })).id));
    expect(await actions.flagContentAction(flag(id))).toEqual({ ok: false, error: 'NOT_FOUND' });
    expect(await db.moderation.count({ where: { targetId: id } })).toBe(0);
  });

  it('hides a comment when distinct flags reach the threshold (the organization default, 3), audited', async () => {
    const post = await f.newPost('Kynnys');
    const { id } = await postComment(author, commentOn(post.id, 'Asiaton kommentti'));
    const flaggers = await Promise.all([1, 2, 3].map((i) => f.resident(`flagger${i}`)));
    expect(await flagContent(flaggers[0]!, flag(id))).toEqual({ hidden: false });
    expect(await flagContent(flaggers[1]!, flag(id, 'SPAM'))).toEqual({ hidden: false });
    expect(await stateOf(id)).toBe('VISIBLE');
    expect(await flagContent(flaggers[2]!, flag(id, 'OTHER', 'Kiusaamista'))).toEqual({ hidden: true });
    expect(await stateOf(id)).toBe('HIDDEN');
    const thread = await readThread({ type: 'news_post', id: post.id }, { sort: 'oldest' });
    expect(thread.comments[0]).toMatchObject({ state: 'HIDDEN', body: '', authorName: null });
    expect(thread.total).toBe(0);
    const moderation = await caseOf(id);
    expect(moderation).toMatchObject({ state: 'OPEN', flagCount: 3 });
    expect((await auditRows(moderation.id)).map((r) => r.action)).toEqual(['moderation.auto_hide']);
    // Hidden content cannot be flagged further.
    expect(await refusal(flagContent(await f.resident('late'), flag(id)))).toEqual({ code: 'CONFLICT', fieldErrors: { _form: ['contentUnavailable'] } });
  });

  it('uses the component\'s own threshold when set', async () => {
    const strict = await commentFixture({ flagThreshold: 1 });
    const { id } = await postComment(await strict.resident(), commentOn(strict.post.id, 'Yksi riittää'));
    expect(await flagContent(await strict.resident('flagger'), flag(id, 'SPAM'))).toEqual({ hidden: true });
  });
});

describe('deciding', () => {
  async function hiddenComment() {
    const { id } = await postComment(author, commentOn(f.post.id, 'Piilotettu kolmella'));
    for (const i of [1, 2, 3]) await flagContent(await f.resident(`f${i}`), flag(id));
    return { id, caseId: (await caseOf(id)).id };
  }

  it('refuses everyone but the space\'s moderators, its admins and organization admins', async () => {
    const { id, caseId } = await hiddenComment();
    const decision = { moderationId: caseId, decision: 'restore', reason: 'noViolation' };
    for (const who of [author, f.coordinator, f.evaluator, f.moderatorElsewhere, f.coordinatorElsewhere]) {
      signInAs(who);
      expect(await actions.decideModerationAction(decision)).toEqual({ ok: false, error: 'FORBIDDEN' });
    }
    signInAs(f.outsider);
    expect(await actions.decideModerationAction(decision)).toEqual({ ok: false, error: 'NOT_FOUND' });
    signInAs(null);
    expect(await actions.decideModerationAction(decision)).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    expect(await stateOf(id)).toBe('HIDDEN');
    expect(await auditRows(caseId)).toHaveLength(1);
  });

  it('restores a hidden comment with a reason, audited, tells the author in their language, and counts later flags afresh', async () => {
    await db.user.update({ where: { id: author.userId }, data: { preferredLocale: 'sv' } });
    const { id, caseId } = await hiddenComment();
    signInAs(f.moderator);
    expect(await actions.decideModerationAction({ moderationId: caseId, decision: 'restore', reason: 'noViolation', note: 'Kritiikki on sallittua.' })).toEqual({ ok: true, data: { state: 'VISIBLE' } });
    expect(await stateOf(id)).toBe('VISIBLE');
    expect(await caseOf(id)).toMatchObject({ state: 'KEPT', flagsAtDecision: 3, decidedById: f.moderator.userId, decisionReason: 'noViolation', decisionNote: 'Kritiikki on sallittua.' });
    expect((await auditRows(caseId)).map((r) => r.action)).toEqual(['moderation.auto_hide', 'moderation.restore']);
    await runQueuedJobs();
    const told = await db.notification.findFirstOrThrow({ where: { userId: author.userId, kind: 'content_moderated' } });
    expect((told.data as { context: Record<string, string> }).context.sv).toBe('En moderator har återställt din kommentar. Orsak: bröt inte mot användarvillkoren. Moderatorns meddelande: Kritiikki on sallittua.');
    // Two new flags do not hide it again; a third since the decision does.
    const again = await Promise.all([4, 5, 6].map((i) => f.resident(`again${i}`)));
    await flagContent(again[0]!, flag(id));
    await flagContent(again[1]!, flag(id));
    expect(await stateOf(id)).toBe('VISIBLE');
    expect(await caseOf(id)).toMatchObject({ state: 'OPEN', flagCount: 5 });
    await flagContent(again[2]!, flag(id));
    expect(await stateOf(id)).toBe('HIDDEN');
  });

  it('lets an organization admin hide a visible comment, and refuses decisions that do not fit', async () => {
    const { id } = await postComment(author, commentOn(f.post.id, 'Yksi ilmoitus'));
    await flagContent(await f.resident('yksi'), flag(id));
    const caseId = (await caseOf(id)).id;
    expect(await refusal(decideModeration(f.admin, { moderationId: caseId, decision: 'approve', reason: 'noViolation' }))).toEqual({ code: 'CONFLICT', fieldErrors: { _form: ['decisionNotApplicable'] } });
    expect(await refusal(decideModeration(f.admin, { moderationId: caseId, decision: 'hide', reason: 'nonsense' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refusal(decideModeration(f.admin, { moderationId: caseId, decision: 'hide', reason: 'other', note: 'x'.repeat(1001) }))).toMatchObject({ code: 'INVALID_INPUT' });
    await decideModeration(f.admin, { moderationId: caseId, decision: 'hide', reason: 'offensive' });
    expect(await stateOf(id)).toBe('HIDDEN');
    expect(await caseOf(id)).toMatchObject({ state: 'HIDDEN', decisionReason: 'offensive' });
  });

  it('approves or rejects pre-moderated comments: approved ones become public and counted', async () => {
    const pre = await commentFixture({ preModeration: true });
    const writer = await pre.resident('writer');
    const approved = await postComment(writer, commentOn(pre.post.id, 'Hyväksytään'));
    const rejected = await postComment(writer, commentOn(pre.post.id, 'Hylätään'));
    const spaceModerator = pre.moderator;
    const caseFor = async (id: string) => (await caseOf(id)).id;
    await decideModeration(spaceModerator, { moderationId: await caseFor(approved.id), decision: 'approve', reason: 'noViolation' });
    await decideModeration(spaceModerator, { moderationId: await caseFor(rejected.id), decision: 'reject', reason: 'spam' });
    const thread = await readThread({ type: 'news_post', id: pre.post.id }, { sort: 'oldest' });
    expect(thread.comments.map((c) => [c.body, c.state])).toEqual([['Hyväksytään', 'VISIBLE'], ['', 'HIDDEN']]);
    expect(thread.total).toBe(1);
    expect(await refusal(decideModeration(spaceModerator, { moderationId: await caseFor(approved.id), decision: 'approve', reason: 'noViolation' }))).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('the queue', () => {
  it('shows a space moderator only their spaces\' cases and an organization admin all, by tab', async () => {
    const { id } = await postComment(author, commentOn(f.post.id, 'Jonossa'));
    await flagContent(await f.resident('jono'), flag(id, 'OTHER', 'Tarkista tämä'));
    const mine = await listModerationCases(f.moderator, 'open', 1);
    const item = mine.items.find((i) => i.content?.text === 'Jonossa');
    expect(item).toMatchObject({ targetType: 'comment', flagCount: 1, flagDetails: ['Tarkista tämä'], author: { id: author.userId, blocked: false } });
    expect(item?.flagsByReason.OTHER).toBe(1);
    expect(mine.counts.open).toBeGreaterThan(0);
    expect((await listModerationCases(f.moderatorElsewhere, 'open', 1)).items).toEqual([]);
    expect((await listModerationCases(f.admin, 'open', 1)).items.some((i) => i.id === item!.id)).toBe(true);
    expect((await listModerationCases(f.outsider, 'open', 1)).items).toEqual([]);
  });
});
