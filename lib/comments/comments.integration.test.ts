/**
 * Comments against the real database (issue 7): every mutation through its server action with the signed-in actor
 * mocked, who may call it, bad input that stores nothing, the database's one-upvote rule under parallel clicks,
 * notifications through the job queue, and a thread read whose query count does not grow with the thread.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { signInAs } from '@/tests/setup/signed-in-as';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { refusal } from '@/tests/factories/components';
import { commentFixture, commentOn } from '@/tests/factories/comments';
import { countQueries } from '@/tests/setup/query-count';
import { runQueuedJobs } from '@/tests/setup/jobs';

vi.mock('@/lib/auth/current-actor', () => import('@/tests/setup/signed-in-as'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const actions = await import('./actions');
const { postComment, editComment, deleteComment, setCommentUpvote } = await import('./mutations');
const { readThread } = await import('./thread-queries');

let f: Awaited<ReturnType<typeof commentFixture>>;
let alice: Actor;
let bob: Actor;

beforeAll(async () => {
  f = await commentFixture();
});

// Fresh people for every test: posting is rate limited per account (5 a minute).
beforeEach(async () => {
  alice = await f.resident('alice');
  bob = await f.resident('bob');
});

const stats = async (postId: string) => (await db.commentStats.findUnique({ where: { resourceType_resourceId: { resourceType: 'news_post', resourceId: postId } } }))?.count ?? 0;

describe('posting', () => {
  it('posts a comment and replies three levels deep, refuses a fourth, and keeps counts in step', async () => {
    const post = await f.newPost('Syvä ketju');
    const level0 = await postComment(alice, commentOn(post.id, 'Ensimmäinen'));
    const level1 = await postComment(bob, commentOn(post.id, 'Vastaus', { parentId: level0.id }));
    const level2 = await postComment(alice, commentOn(post.id, 'Vastaus vastaukseen', { parentId: level1.id }));
    const level3 = await postComment(bob, commentOn(post.id, 'Syvin taso', { parentId: level2.id }));
    const rows = await db.comment.findMany({ where: { resourceId: post.id }, orderBy: { depth: 'asc' }, select: { id: true, depth: true, replyCount: true, officialRole: true, moderationState: true } });
    expect(rows.map((r) => [r.id, r.depth, r.replyCount])).toEqual([
      [level0.id, 0, 1],
      [level1.id, 1, 1],
      [level2.id, 2, 1],
      [level3.id, 3, 0],
    ]);
    expect(rows.every((r) => r.officialRole === null && r.moderationState === 'VISIBLE')).toBe(true);
    expect(await refusal(postComment(alice, commentOn(post.id, 'Liian syvä', { parentId: level3.id })))).toEqual({ code: 'CONFLICT', fieldErrors: { _form: ['commentTooDeep'] } });
    expect(await stats(post.id)).toBe(4);
    const thread = await readThread({ type: 'news_post', id: post.id }, { sort: 'oldest' });
    expect(thread.comments[0]!.replies[0]!.replies[0]!.replies[0]!.body).toBe('Syvin taso');
  });

  it('marks an official answer with the role held in the space, and an organization admin as such', async () => {
    const byCoordinator = await postComment(f.coordinator, commentOn(f.post.id, 'Kaupungin vastaus'));
    const byAdmin = await postComment(f.admin, commentOn(f.post.id, 'Ylläpitäjän vastaus'));
    const rows = await db.comment.findMany({ where: { id: { in: [byCoordinator.id, byAdmin.id] } }, select: { id: true, officialRole: true } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.officialRole]))).toEqual({ [byCoordinator.id]: 'COORDINATOR', [byAdmin.id]: 'ORGANIZATION_ADMIN' });
  });

  it('keeps a script as plain text and refuses empty, over-long and unstorable texts, storing nothing', async () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const { id } = await postComment(alice, commentOn(f.post.id, script));
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe(script);
    const before = await db.comment.count({ where: { resourceId: f.post.id } });
    expect((await refusal(postComment(bob, commentOn(f.post.id, '   ')))).code).toBe('INVALID_INPUT');
    expect((await refusal(postComment(bob, commentOn(f.post.id, 'x'.repeat(3001))))).fieldErrors?.body).toBeDefined();
    expect((await refusal(postComment(bob, commentOn(f.post.id, 'nul\u0000')))).fieldErrors?.body).toEqual(['unstorableText']);
    expect((await refusal(postComment(bob, { ...commentOn(f.post.id, 'ok'), parentId: '../x' }))).code).toBe('INVALID_INPUT');
    expect(await db.comment.count({ where: { resourceId: f.post.id } })).toBe(before);
  });

  it('refuses replies to deleted or hidden comments and forged parents from another resource', async () => {
    const other = await f.newPost('Toinen');
    const foreign = await postComment(alice, commentOn(other.id, 'Toisaalla'));
    const deleted = await postComment(alice, commentOn(f.post.id, 'Poistetaan'));
    await deleteComment(alice, deleted.id);
    const hidden = await postComment(alice, commentOn(f.post.id, 'Piilotetaan'));
    await db.comment.update({ where: { id: hidden.id }, data: { moderationState: 'HIDDEN' } });
    const before = await db.comment.count();
    for (const parentId of [foreign.id, deleted.id, hidden.id, 'eiolemassa']) {
      expect(await refusal(postComment(bob, commentOn(f.post.id, 'Vastaus', { parentId })))).toEqual({ code: 'CONFLICT', fieldErrors: { _form: ['commentParentUnavailable'] } });
    }
    expect(await db.comment.count()).toBe(before);
  });

  it('refuses comments where commenting is switched off, on unknown resource types and on what the actor cannot see', async () => {
    const closed = await commentFixture();
    await db.component.update({ where: { id: closed.componentId }, data: { actionSettings: { always: {}, phases: { [closed.activePhaseId]: { comment: false } } } } });
    const resident = await closed.resident();
    expect(await refusal(postComment(resident, commentOn(closed.post.id, 'Suljettu')))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['commentsClosed'] } });
    expect((await refusal(postComment(resident, { ...commentOn(closed.post.id, 'x'), resourceType: 'page' }))).code).toBe('NOT_FOUND');
    // A draft post and a post of another organization read as missing.
    const draft = await db.newsPost.create({ data: { componentId: f.componentId, title: { fi: 'Luonnos' }, body: { fi: '' } }, select: { id: true } });
    expect((await refusal(postComment(alice, commentOn(draft.id, 'Luonnokseen')))).code).toBe('NOT_FOUND');
    expect((await refusal(postComment(resident, commentOn(f.post.id, 'Vieras kunta')))).code).toBe('NOT_FOUND');
    expect(await db.comment.count({ where: { resourceId: { in: [closed.post.id, draft.id] } } })).toBe(0);
  });

  it('answers anonymous callers of every action with UNAUTHENTICATED', async () => {
    signInAs(null);
    expect(await actions.postCommentAction(commentOn(f.post.id, 'Anonyymi'))).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    expect(await actions.editCommentAction({ commentId: 'abc', body: 'x' })).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    expect(await actions.deleteCommentAction('abc')).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    expect(await actions.setCommentUpvoteAction('abc', true)).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    expect(await actions.commentViewerStateAction({ type: 'news_post', id: f.post.id }, [])).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
  });

  it('limits how fast one account posts, with a clear refusal', async () => {
    const post = await f.newPost('Tulva');
    const flooder = await f.resident('flooder');
    signInAs(flooder);
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await actions.postCommentAction(commentOn(post.id, `Viesti ${i}`)));
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toEqual({ ok: false, error: 'RATE_LIMITED' });
    expect(await db.comment.count({ where: { resourceId: post.id } })).toBe(5);
  });
});

describe('editing and deleting', () => {
  it('lets the author correct a comment within 15 minutes, shows it as edited, and refuses later or others', async () => {
    const { id } = await postComment(alice, commentOn(f.post.id, 'Kirjoitusvirhe'));
    await editComment(alice, { commentId: id, body: 'Korjattu' });
    const stored = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(stored.body).toBe('Korjattu');
    expect(stored.editedAt).not.toBeNull();
    expect(await refusal(editComment(alice, { commentId: id, body: 'Myöhään' }, new Date(Date.now() + 16 * 60_000)))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['commentEditWindowPassed'] } });
    expect((await refusal(editComment(bob, { commentId: id, body: 'Toisen' }))).code).toBe('NOT_FOUND');
    signInAs(f.moderatorElsewhere);
    expect(await actions.editCommentAction({ commentId: id, body: 'Moderaattori' })).toEqual({ ok: false, error: 'NOT_FOUND' });
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe('Korjattu');
  });

  it('deletes a comment to a placeholder that keeps its replies, and counts it out', async () => {
    const post = await f.newPost('Poisto');
    const parent = await postComment(alice, commentOn(post.id, 'Poistuva'));
    await postComment(bob, commentOn(post.id, 'Jää', { parentId: parent.id }));
    expect(await stats(post.id)).toBe(2);
    signInAs(bob);
    expect((await actions.deleteCommentAction(parent.id)).ok).toBe(false);
    signInAs(alice);
    expect(await actions.deleteCommentAction(parent.id)).toEqual({ ok: true, data: undefined });
    const thread = await readThread({ type: 'news_post', id: post.id }, { sort: 'oldest' });
    expect(thread.comments[0]).toMatchObject({ state: 'DELETED', body: '', authorName: null });
    expect(thread.comments[0]!.replies[0]).toMatchObject({ state: 'VISIBLE', body: 'Jää' });
    expect(await stats(post.id)).toBe(1);
  });

  it('shows a deleted account as "poistettu käyttäjä" (no name) and keeps the comment', async () => {
    const post = await f.newPost('Poistettu tili');
    const leaving = await f.resident('leaving');
    await postComment(leaving, commentOn(post.id, 'Jään tänne'));
    await db.session.deleteMany({ where: { userId: leaving.userId } });
    await db.user.delete({ where: { id: leaving.userId } });
    const thread = await readThread({ type: 'news_post', id: post.id }, { sort: 'oldest' });
    expect(thread.comments[0]).toMatchObject({ state: 'VISIBLE', body: 'Jään tänne', authorName: null });
  });
});

describe('wrong users', () => {
  it('lets nobody but the author edit or delete a comment: residents, moderators and coordinators of this or another space', async () => {
    const { id } = await postComment(alice, commentOn(f.post.id, 'Vain minun'));
    for (const who of [bob, f.moderator, f.moderatorElsewhere, f.coordinatorElsewhere, f.coordinator, f.outsider]) {
      signInAs(who);
      expect(await actions.editCommentAction({ commentId: id, body: 'Muutettu' })).toMatchObject({ ok: false, error: 'NOT_FOUND' });
      expect(await actions.deleteCommentAction(id)).toMatchObject({ ok: false, error: 'NOT_FOUND' });
    }
    expect(await db.comment.findUniqueOrThrow({ where: { id }, select: { body: true, deletedAt: true } })).toEqual({ body: 'Vain minun', deletedAt: null });
  });

  it('refuses comments and upvotes on a private space\'s post to those who are not members, and tells them nothing of others\' marks', async () => {
    const { id } = await postComment(alice, commentOn(f.post.id, 'Merkit'));
    await setCommentUpvote(bob, id, true);
    signInAs(f.moderatorElsewhere);
    const state = await actions.commentViewerStateAction({ type: 'news_post', id: f.post.id }, [id]);
    expect(state).toEqual({ ok: true, data: { upvoted: [], flagged: [], own: [] } });
    await db.space.update({ where: { id: f.space.id }, data: { isPrivate: true } });
    try {
      signInAs(f.coordinatorElsewhere);
      expect(await actions.postCommentAction(commentOn(f.post.id, 'Yksityinen'))).toEqual({ ok: false, error: 'NOT_FOUND' });
      expect(await actions.setCommentUpvoteAction(id, true)).toEqual({ ok: false, error: 'NOT_FOUND' });
      signInAs(await f.resident('outsider-resident'));
      expect(await actions.postCommentAction(commentOn(f.post.id, 'Yksityinen'))).toEqual({ ok: false, error: 'NOT_FOUND' });
    } finally {
      await db.space.update({ where: { id: f.space.id }, data: { isPrivate: false } });
    }
  });
});

describe('upvotes', () => {
  it('stores one upvote however many parallel clicks, and not on one\'s own comment', async () => {
    const { id } = await postComment(alice, commentOn(f.post.id, 'Tykkää tästä'));
    const results = await Promise.all(Array.from({ length: 6 }, () => setCommentUpvote(bob, id, true)));
    expect(results.every((r) => r.upvoted)).toBe(true);
    expect(await db.commentUpvote.count({ where: { commentId: id } })).toBe(1);
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).upvoteCount).toBe(1);
    expect(await refusal(setCommentUpvote(alice, id, true))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['commentOwnUpvote'] } });
    await Promise.all([setCommentUpvote(bob, id, false), setCommentUpvote(bob, id, false)]);
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).upvoteCount).toBe(0);
    signInAs(bob);
    expect(await actions.setCommentUpvoteAction(id, 'yes')).toMatchObject({ ok: false, error: 'INVALID_INPUT' });
  });

  it('tells the viewer their own marks: upvoted, theirs and editable', async () => {
    const mine = await postComment(alice, commentOn(f.post.id, 'Minun'));
    const theirs = await postComment(bob, commentOn(f.post.id, 'Heidän'));
    await setCommentUpvote(alice, theirs.id, true);
    signInAs(alice);
    const result = await actions.commentViewerStateAction({ type: 'news_post', id: f.post.id }, [mine.id, theirs.id]);
    expect(result.ok && result.data.upvoted).toEqual([theirs.id]);
    expect(result.ok && result.data.own.map((o) => [o.id, o.body])).toEqual([[mine.id, 'Minun']]);
  });
});

describe('pre-moderation', () => {
  it('holds a resident\'s comment for approval but publishes an official\'s at once', async () => {
    const pre = await commentFixture({ preModeration: true });
    const resident = await pre.resident();
    const held = await postComment(resident, commentOn(pre.post.id, 'Odottaa'));
    const official = await postComment(pre.coordinator, commentOn(pre.post.id, 'Virallinen'));
    expect(held.pending).toBe(true);
    expect(official.pending).toBe(false);
    expect(await db.moderation.findUnique({ where: { targetType_targetId: { targetType: 'comment', targetId: held.id } }, select: { awaitingApproval: true, state: true } })).toEqual({ awaitingApproval: true, state: 'OPEN' });
    const thread = await readThread({ type: 'news_post', id: pre.post.id }, { sort: 'oldest' });
    expect(thread.comments.map((c) => c.body)).toEqual(['Virallinen']);
    expect(thread.total).toBe(1);
  });
});

describe('notifications', () => {
  it('tells the person replied to and the resource\'s followers, never the writer', async () => {
    const post = await f.newPost('Ilmoitukset');
    const follower = await f.resident('follower');
    await db.follow.create({ data: { userId: follower.userId, targetType: 'news_post', targetId: post.id } });
    const first = await postComment(alice, commentOn(post.id, 'Aloitus'));
    await runQueuedJobs();
    await postComment(bob, commentOn(post.id, 'Vastaan sinulle', { parentId: first.id }));
    await runQueuedJobs();
    const kinds = async (userId: string) => (await db.notification.findMany({ where: { userId, resourceId: post.id }, orderBy: { createdAt: 'asc' }, select: { kind: true } })).map((n) => n.kind);
    expect(await kinds(alice.userId)).toEqual(['comment_reply']);
    expect(await kinds(follower.userId)).toEqual(['comment_posted', 'comment_posted']);
    expect(await kinds(bob.userId)).toEqual([]);
    const reply = await db.notification.findFirstOrThrow({ where: { userId: alice.userId, resourceId: post.id } });
    expect(reply.data).toMatchObject({ context: { fi: bob.displayName }, title: { fi: 'Ilmoitukset' } });
  });
});

describe('reading a thread', () => {
  async function threadOf(topLevel: number, repliesEach: number) {
    const post = await f.newPost(`Ketju ${topLevel}`);
    const base = Date.now() - 10 * 24 * 3600_000;
    for (let i = 0; i < topLevel; i++) {
      const parent = await db.comment.create({
        data: { organizationId: f.org.id, componentId: f.componentId, resourceType: 'news_post', resourceId: post.id, authorId: alice.userId, body: `K${i}`, locale: 'fi', createdAt: new Date(base + i * 60_000), replyCount: repliesEach },
        select: { id: true },
      });
      await db.comment.createMany({
        data: Array.from({ length: repliesEach }, (_, j) => ({
          organizationId: f.org.id, componentId: f.componentId, resourceType: 'news_post', resourceId: post.id, parentId: parent.id, depth: 1, authorId: bob.userId, body: `V${i}.${j}`, locale: 'fi', createdAt: new Date(base + i * 60_000 + j + 1),
        })),
      });
    }
    return post.id;
  }

  it('runs the same number of queries for a short and a long thread, a page at a time by cursor', async () => {
    const short = await threadOf(3, 1);
    const long = await threadOf(45, 5);
    const few = await countQueries(() => readThread({ type: 'news_post', id: short }, { sort: 'oldest' }));
    const many = await countQueries(() => readThread({ type: 'news_post', id: long }, { sort: 'top' }));
    expect(many).toBe(few);
    const first = await readThread({ type: 'news_post', id: long }, { sort: 'oldest' });
    expect(first.comments).toHaveLength(20);
    expect(first.comments[0]!.replies).toHaveLength(3);
    const second = await readThread({ type: 'news_post', id: long }, { sort: 'oldest', cursor: first.nextCursor });
    expect(second.comments[0]!.body).toBe('K20');
    const third = await readThread({ type: 'news_post', id: long }, { sort: 'oldest', cursor: second.nextCursor });
    expect(third.comments.map((c) => c.body)).toEqual(['K40', 'K41', 'K42', 'K43', 'K44']);
    expect(third.nextCursor).toBeNull();
    const newest = await readThread({ type: 'news_post', id: long }, { sort: 'newest' });
    expect(newest.comments[0]!.body).toBe('K44');
    // A forged cursor reads as the first page; a comment's own view pages its replies.
    expect((await readThread({ type: 'news_post', id: long }, { sort: 'oldest', cursor: 'not-a-cursor' })).comments[0]!.body).toBe('K0');
    const focus = await readThread({ type: 'news_post', id: long }, { sort: 'oldest', focusId: first.comments[2]!.id });
    expect(focus.focus?.body).toBe('K2');
    expect(focus.focus?.replies.map((r) => r.body)).toEqual(['V2.0', 'V2.1', 'V2.2', 'V2.3', 'V2.4']);
  });
});
