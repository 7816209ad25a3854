/**
 * The Ideas kind against the real database: the submission from draft to publication (area, theme, pin, limits,
 * the phase's action), supports (one per person by the primary key, also in parallel; the per-person maximum; a
 * closed phase), the officials' decision with the transition graph (forged transitions refused), withdrawal, the
 * review (assignment, private notes, reviews; evaluators of another space), in-person entry, the announcement
 * to author and supporters, who sees drafts and hidden ideas, and constant query counts for list, map and page.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { actorFor, createTestUser, uniqueSuffix } from '@/tests/factories/organization-admin';
import { actorWithSpaceRole, auditRows, componentFixture, refusal } from '@/tests/factories/components';
import { countQueries } from '@/tests/setup/query-count';

vi.mock('@/lib/auth/current-actor', () => import('@/tests/setup/signed-in-as'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { createIdeaDraft, updateIdeaBasics, setIdeaLocation, publishIdea, deleteIdeaDraft, saveIdeaPhoto, removeIdeaPhoto } = await import('./draft-mutations');
const { uploadComponentImage } = await import('@/lib/images/upload-image');
const { supportIdea, withdrawSupport } = await import('./support-mutations');
const { decideIdea, withdrawIdea } = await import('./decision-mutations');
const { assignEvaluator, saveReview, addNote } = await import('./review-mutations');
const { enterInPersonIdea } = await import('./in-person-mutations');
const { inviteCoauthor, answerCoauthorInvitation, removeCoauthor } = await import('./coauthor-mutations');
const { getCoauthorsView } = await import('./queries');
const { createTheme, createCustomState } = await import('./setup-mutations');
const { findListedIdeas, findIdeaPins, findSimilarIdeas } = await import('./list-queries');
const { getIdeaForPage } = await import('./queries');
const { announceIdeaChange } = await import('./change-notice');
const { parseIdeaListFilters } = await import('./list-filters');

let f: Awaited<ReturnType<typeof componentFixture>>;
let componentId: string;
let closedComponentId: string;
let areaId: string;
let otherAreaId: string;
let themeId: string;
let activePhaseId: string;
let staff: Actor;
let evaluatorElsewhere: Actor;

// A square around Neulamäki: pins inside are accepted, others refused.
const boundary = { type: 'Polygon', coordinates: [[[27.6, 62.86], [27.65, 62.86], [27.65, 62.88], [27.6, 62.88], [27.6, 62.86]]] };

async function ideasComponent(settings: Record<string, number | boolean>, actions: Record<string, boolean>) {
  return (
    await db.component.create({
      data: { spaceId: f.space.id, kind: 'ideas', name: { fi: 'Ideat' }, isPublished: true, settings, actionSettings: { always: {}, phases: { [activePhaseId]: actions } } },
      select: { id: true },
    })
  ).id;
}

async function resident(label: string): Promise<Actor> {
  return actorFor((await createTestUser(f.org.id, { label })).id);
}

const basics = (title: string, extra: Record<string, unknown> = {}) => ({ title, body: `Kuvaus ideasta ${title}, jossa on tarpeeksi tekstiä.`, areaId, themeId: '', ...extra });

async function publishedIdea(author: Actor, title: string, cid = componentId) {
  const { id } = await createIdeaDraft(author, cid, basics(title));
  await publishIdea(author, cid, id);
  return id;
}

beforeAll(async () => {
  f = await componentFixture();
  activePhaseId = f.space.phases[0]!.id;
  areaId = (await db.area.create({ data: { organizationId: f.org.id, slug: `neulamaki-${uniqueSuffix()}`, kind: 'NEIGHBOURHOOD', name: { fi: 'Neulamäki' }, boundary } })).id;
  otherAreaId = (await db.area.create({ data: { organizationId: f.org.id, slug: `petonen-${uniqueSuffix()}`, kind: 'NEIGHBOURHOOD', name: { fi: 'Petonen' } } })).id;
  await db.spaceArea.create({ data: { spaceId: f.space.id, areaId } });
  componentId = await ideasComponent({ ideasPerPerson: 2, supportsPerPerson: 2 }, { create_idea: true, support: true, comment: true });
  closedComponentId = await ideasComponent({}, { create_idea: false, support: false });
  themeId = (await createTheme(f.coordinator, componentId, { name: { fi: 'Liikunta', sv: 'Motion', en: '' } })).id;
  staff = await actorFor((await createTestUser(f.org.id, { label: 'staff', orgRoles: ['STAFF'] })).id);
  evaluatorElsewhere = await actorWithSpaceRole(f.org.id, f.otherSpace.id, 'EVALUATOR', 'eval-elsewhere');
});

describe('submission', () => {
  it('keeps a draft for its author only, then publishes it as submitted with its history, age group and follow', async () => {
    const author = await resident('author');
    const { id } = await createIdeaDraft(author, componentId, basics('Kuntoportaat rinteeseen', { themeId }));
    expect(await getIdeaForPage(author, f.org.id, componentId, id)).not.toBeNull();
    expect(await getIdeaForPage(null, f.org.id, componentId, id)).toBeNull();
    expect(await getIdeaForPage(await resident('other'), f.org.id, componentId, id)).toBeNull();
    await setIdeaLocation(author, componentId, id, { latitude: '62.87', longitude: '27.62', locationText: 'Rinteen alapää' });
    await publishIdea(author, componentId, id);
    const stored = await db.idea.findUniqueOrThrow({ where: { id }, include: { changes: true } });
    expect(stored).toMatchObject({ state: 'SUBMITTED', themeId, latitude: 62.87, longitude: 27.62, locationText: 'Rinteen alapää', locale: 'fi' });
    expect(stored.publishedAt).not.toBeNull();
    expect(stored.changes.map((c) => [c.fromState, c.toState])).toEqual([[null, 'SUBMITTED']]);
    expect(await db.follow.count({ where: { userId: author.userId, targetType: 'idea', targetId: id } })).toBe(1);
    expect(await getIdeaForPage(null, f.org.id, componentId, id)).not.toBeNull();
    expect(await refusal(publishIdea(author, componentId, id))).toEqual({ code: 'CONFLICT', fieldErrors: { _form: ['ideaAlreadyPublished'] } });
  });

  it('refuses an area the space does not cover, a foreign theme, a pin outside the area, script kept as text', async () => {
    const author = await resident('bad-input');
    expect(await refusal(createIdeaDraft(author, componentId, basics('Väärä alue', { areaId: otherAreaId })))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { areaId: ['ideaUnknownArea'] } });
    expect(await refusal(createIdeaDraft(author, componentId, basics('Väärä teema', { themeId: 'eioleolemassa' })))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { themeId: ['ideaUnknownTheme'] } });
    expect((await refusal(createIdeaDraft(author, componentId, basics('x')))).code).toBe('INVALID_INPUT');
    const { id } = await createIdeaDraft(author, componentId, basics('<script>alert(1)</script> penkki'));
    expect((await db.idea.findUniqueOrThrow({ where: { id } })).title).toBe('<script>alert(1)</script> penkki');
    expect(await refusal(setIdeaLocation(author, componentId, id, { latitude: '60.17', longitude: '24.94', locationText: '' }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { latitude: ['ideaPinOutside'] } });
    expect((await refusal(setIdeaLocation(author, componentId, id, { latitude: '62.87', longitude: '', locationText: '' }))).code).toBe('INVALID_INPUT');
    expect(await db.idea.findUniqueOrThrow({ where: { id } })).toMatchObject({ latitude: null, longitude: null });
    expect(await db.idea.count({ where: { authorId: author.userId } })).toBe(1);
  });

  it('refuses submitting where the phase has it off, and another person\'s draft reads as missing', async () => {
    const author = await resident('closed');
    expect(await refusal(createIdeaDraft(author, closedComponentId, basics('Suljettu vaihe')))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['ideaCreationClosed'] } });
    const { id } = await createIdeaDraft(author, componentId, basics('Oma luonnos'));
    const other = await resident('thief');
    expect((await refusal(updateIdeaBasics(other, componentId, id, basics('Kaapattu')))).code).toBe('NOT_FOUND');
    expect((await refusal(publishIdea(other, componentId, id))).code).toBe('NOT_FOUND');
    expect((await refusal(deleteIdeaDraft(other, componentId, id))).code).toBe('NOT_FOUND');
    await deleteIdeaDraft(author, componentId, id);
    expect(await db.idea.count({ where: { id } })).toBe(0);
  });

  it('keeps several photos with their descriptions up to the component\'s limit; others cannot attach or remove them', async () => {
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 90, g: 140, b: 60 } } }).jpeg().toBuffer();
    const upload = async (who: Actor, cid = componentId) => {
      const outcome = await uploadComponentImage(who, cid, jpeg);
      if (!outcome.ok) throw new Error(`upload refused: ${outcome.reason}`);
      return outcome.id;
    };
    const author = await resident('photos');
    const { id } = await createIdeaDraft(author, componentId, basics('Kuvallinen idea'));
    const [first, second] = [await upload(author), await upload(author)];
    expect(await refusal(saveIdeaPhoto(author, componentId, id, { imageId: first, alt: '', decorative: false }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { alt: ['ideaPhotoAltMissing'] } });
    await saveIdeaPhoto(author, componentId, id, { imageId: first, alt: 'Mäki talvella', decorative: false });
    await saveIdeaPhoto(author, componentId, id, { imageId: second, alt: '', decorative: true });
    await saveIdeaPhoto(author, componentId, id, { imageId: first, alt: 'Mäki lumessa', decorative: false });
    const page = await getIdeaForPage(author, f.org.id, componentId, id);
    expect(page!.images.map((i) => [i.id, i.alt, i.decorative])).toEqual([[first, { fi: 'Mäki lumessa' }, false], [second, {}, true]]);

    // Someone else's upload, and someone else removing: refused, nothing changes.
    const other = await resident('photo-thief');
    const foreign = await upload(other);
    expect(await refusal(saveIdeaPhoto(author, componentId, id, { imageId: foreign, alt: 'Vieras', decorative: false }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { imageId: ['imageMissing'] } });
    expect((await refusal(removeIdeaPhoto(other, componentId, id, first))).code).toBe('NOT_FOUND');
    await removeIdeaPhoto(author, componentId, id, second);
    expect((await refusal(removeIdeaPhoto(author, componentId, id, second))).code).toBe('NOT_FOUND');
    expect(await db.resourceImage.count({ where: { resourceId: id } })).toBe(1);

    // A component allowing one photo refuses the second (also in parallel); one allowing none refuses any.
    const oneComponent = await ideasComponent({ photosPerIdea: 1 }, { create_idea: true });
    const one = await createIdeaDraft(author, oneComponent, basics('Yhden kuvan idea'));
    const uploads = [await upload(author, oneComponent), await upload(author, oneComponent)];
    const results = await Promise.allSettled(uploads.map((imageId) => saveIdeaPhoto(author, oneComponent, one.id, { imageId, alt: 'Kuva', decorative: false })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.resourceImage.count({ where: { resourceId: one.id } })).toBe(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'CONFLICT', fieldErrors: { _form: ['imageLimitReached|{"max":1}'] } });
    const noneComponent = await ideasComponent({ photosPerIdea: 0 }, { create_idea: true });
    const none = await createIdeaDraft(author, noneComponent, basics('Kuvaton idea'));
    expect((await refusal(saveIdeaPhoto(author, noneComponent, none.id, { imageId: await upload(author, noneComponent), alt: 'x', decorative: false }))).code).toBe('FORBIDDEN');
  });

  it('holds the limit of ideas per person, also for parallel publishes', async () => {
    const author = await resident('limit');
    const drafts = await Promise.all(['Eka idea tässä', 'Toka idea tässä', 'Kolmas idea tässä'].map((t) => createIdeaDraft(author, componentId, basics(t))));
    const results = await Promise.allSettled(drafts.map((d) => publishIdea(author, componentId, d.id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(await db.idea.count({ where: { authorId: author.userId, publishedAt: { not: null } } })).toBe(2);
  });
});

describe('supports', () => {
  it('leaves exactly one support for parallel double clicks and counts it once', async () => {
    const ideaId = await publishedIdea(await resident('supported'), 'Penkkejä reitille');
    const supporter = await resident('supporter');
    await Promise.all([supportIdea(supporter, componentId, ideaId), supportIdea(supporter, componentId, ideaId), supportIdea(supporter, componentId, ideaId)]);
    expect(await db.ideaSupport.count({ where: { ideaId } })).toBe(1);
    expect((await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).supportCount).toBe(1);
    await withdrawSupport(supporter, componentId, ideaId);
    await withdrawSupport(supporter, componentId, ideaId);
    expect((await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).supportCount).toBe(0);
  });

  it('holds the maximum per person and refuses closed phases and final states', async () => {
    const author = await resident('many');
    const ids = [await publishedIdea(author, 'Idea yksi kannatettavaksi'), await publishedIdea(author, 'Idea kaksi kannatettavaksi')];
    const third = await publishedIdea(await resident('third-author'), 'Idea kolme kannatettavaksi');
    const supporter = await resident('max');
    for (const id of ids) await supportIdea(supporter, componentId, id);
    expect(await refusal(supportIdea(supporter, componentId, third))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['ideaSupportLimitReached|{"max":2}'] } });
    await withdrawSupport(supporter, componentId, ids[0]!);
    await supportIdea(supporter, componentId, third);
    const closedIdea = await db.idea.create({ data: { componentId: closedComponentId, areaId, title: 'Suljetun idea', body: 'Tekstiä tarpeeksi pitkästi.', locale: 'fi', publishedAt: new Date() }, select: { id: true } });
    expect(await refusal(supportIdea(supporter, closedComponentId, closedIdea.id))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['ideaSupportClosed'] } });
    await decideIdea(f.coordinator, componentId, third, { state: 'REJECTED', reason: { fi: 'Ei mahdu alueelle.' } });
    expect(await refusal(supportIdea(await resident('late'), componentId, third))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['ideaNotOpenForSupport'] } });
  });
});

describe('decisions and the transition graph', () => {
  it('publishes a state, answer and cost, recorded in the history and the audit log, and tells author and supporters', async () => {
    const author = await resident('decided');
    const ideaId = await publishedIdea(author, 'Ulkokuntosali puistoon');
    const supporter = await resident('decided-supporter');
    await supportIdea(supporter, componentId, ideaId);
    const custom = await createCustomState(f.coordinator, componentId, { baseState: 'ACCEPTED', label: { fi: 'Etenee äänestykseen' }, colour: 'green' });
    await decideIdea(f.coordinator, componentId, ideaId, { state: 'UNDER_REVIEW' });
    await decideIdea(f.coordinator, componentId, ideaId, {
      state: 'ACCEPTED', customStateId: custom.id, answer: { fi: 'Toteutetaan ensi kesänä.', sv: 'Genomförs nästa sommar.' }, costEstimate: '38 000',
      costJustification: { fi: 'Laitteet ja asennus.' }, timeFrame: { fi: 'Kesä 2027' },
    });
    const stored = await db.idea.findUniqueOrThrow({ where: { id: ideaId }, include: { changes: { orderBy: { createdAt: 'asc' } } } });
    expect(stored).toMatchObject({ state: 'ACCEPTED', customStateId: custom.id, costEstimate: 38000, answer: { fi: 'Toteutetaan ensi kesänä.' }, timeFrame: { fi: 'Kesä 2027' } });
    expect(stored.changes.map((c) => [c.toState, c.answered])).toEqual([['SUBMITTED', false], ['UNDER_REVIEW', false], ['ACCEPTED', true]]);
    expect((await auditRows(ideaId)).map((a) => a.action)).toEqual(['idea.decide', 'idea.decide']);
    const last = stored.changes.at(-1)!;
    const told = await announceIdeaChange({ changeId: last.id });
    expect(told?.notified).toBe(2);
    const notes = await db.notification.findMany({ where: { eventKey: `idea_answered:${last.id}` }, select: { userId: true, data: true } });
    expect(notes.map((n) => n.userId).sort()).toEqual([author.userId, supporter.userId].sort());
    expect(JSON.stringify(notes[0]!.data)).toContain('Etenee äänestykseen');
    expect(await announceIdeaChange({ changeId: last.id })).toMatchObject({ notified: 0 });
  });

  it('refuses forged transitions, a rejection without a reason, a merge without a target and a foreign custom state; nothing stored', async () => {
    const ideaId = await publishedIdea(await resident('forged'), 'Koirapuisto laidalle');
    expect(await refusal(decideIdea(f.coordinator, componentId, ideaId, { state: 'IMPLEMENTED' }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { state: ['ideaTransitionNotAllowed'] } });
    expect(await refusal(decideIdea(f.coordinator, componentId, ideaId, { state: 'WITHDRAWN' }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { state: ['ideaTransitionNotAllowed'] } });
    expect(await refusal(decideIdea(f.coordinator, componentId, ideaId, { state: 'REJECTED' }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { 'reason.fi': ['ideaReasonRequired'] } });
    expect(await refusal(decideIdea(f.coordinator, componentId, ideaId, { state: 'MERGED' }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { mergedIntoId: ['ideaMergeTargetRequired'] } });
    expect(await refusal(decideIdea(f.coordinator, componentId, ideaId, { state: 'MERGED', mergedIntoId: ideaId }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { mergedIntoId: ['ideaMergeTargetInvalid'] } });
    const custom = await createCustomState(f.coordinator, componentId, { baseState: 'UNDER_REVIEW', label: { fi: 'Kustannusarviossa' }, colour: 'amber' });
    expect(await refusal(decideIdea(f.coordinator, componentId, ideaId, { state: 'ACCEPTED', customStateId: custom.id }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { customStateId: ['ideaCustomStateInvalid'] } });
    expect((await refusal(decideIdea(f.coordinator, componentId, ideaId, { state: 'NONSENSE' } as never))).code).toBe('INVALID_INPUT');
    expect(await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).toMatchObject({ state: 'SUBMITTED', customStateId: null });
    expect(await db.ideaStateChange.count({ where: { ideaId } })).toBe(1);
    const target = await publishedIdea(await resident('merge-target'), 'Liikuntapaikka isompi');
    await decideIdea(f.coordinator, componentId, ideaId, { state: 'MERGED', mergedIntoId: target, reason: { fi: 'Sama asia.' } });
    expect(await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).toMatchObject({ state: 'MERGED', mergedIntoId: target });
  });

  it('lets only officials decide: residents, evaluators, staff, other spaces\' coordinators and other municipalities are refused', async () => {
    const ideaId = await publishedIdea(await resident('who-decides'), 'Kukkaistutuksia aukiolle');
    const otherCoordinator = await actorWithSpaceRole(f.org.id, f.otherSpace.id, 'COORDINATOR', 'coord-else');
    for (const actor of [await resident('nobody'), f.evaluator, staff, otherCoordinator]) {
      expect((await refusal(decideIdea(actor, componentId, ideaId, { state: 'UNDER_REVIEW' }))).code).toBe('FORBIDDEN');
    }
    expect((await refusal(decideIdea(f.outsider, componentId, ideaId, { state: 'UNDER_REVIEW' }))).code).toBe('NOT_FOUND');
    expect((await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).state).toBe('SUBMITTED');
  });

  it('lets the author withdraw an undecided idea, once', async () => {
    const author = await resident('withdrawer');
    const ideaId = await publishedIdea(author, 'Peruttava idea tässä');
    expect((await refusal(withdrawIdea(await resident('not-author'), componentId, ideaId))).code).toBe('NOT_FOUND');
    await withdrawIdea(author, componentId, ideaId);
    expect((await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).state).toBe('WITHDRAWN');
    expect(await refusal(withdrawIdea(author, componentId, ideaId))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['ideaNotWithdrawable'] } });
  });
});

describe('review', () => {
  it('assigns the space\'s evaluators with a due date; the assigned evaluator reviews and writes notes, others cannot', async () => {
    const ideaId = await publishedIdea(await resident('reviewed'), 'Suojatie koulun risteykseen');
    expect((await refusal(assignEvaluator(f.evaluator, componentId, ideaId, { evaluatorId: f.evaluator.userId }))).code).toBe('FORBIDDEN');
    expect(await refusal(assignEvaluator(f.coordinator, componentId, ideaId, { evaluatorId: evaluatorElsewhere.userId }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { evaluatorId: ['ideaNotAnEvaluator'] } });
    expect((await refusal(saveReview(f.evaluator, componentId, ideaId, { feasibility: 'FEASIBLE' }))).code).toBe('NOT_FOUND');
    await assignEvaluator(f.coordinator, componentId, ideaId, { evaluatorId: f.evaluator.userId, dueDate: '2027-01-15' });
    await saveReview(f.evaluator, componentId, ideaId, { feasibility: 'FEASIBLE', costEstimate: '12000', costJustification: 'Maalaus ja merkit', timeFrame: 'Kevät 2027', proposedState: 'ACCEPTED', proposedAnswer: 'Toteutetaan.' });
    await addNote(f.evaluator, componentId, ideaId, { body: 'Salainen huomio: tarkista kaava.' });
    expect(await db.ideaReview.findFirstOrThrow({ where: { ideaId } })).toMatchObject({ feasibility: 'FEASIBLE', costEstimate: 12000, proposedState: 'ACCEPTED' });
    expect((await db.ideaAssignment.findFirstOrThrow({ where: { ideaId } })).dueDate?.toISOString().slice(0, 10)).toBe('2027-01-15');
    // The evaluator is told once, with the due date in their language; re-dating does not tell again.
    await assignEvaluator(f.coordinator, componentId, ideaId, { evaluatorId: f.evaluator.userId, dueDate: '2027-01-20' });
    const told = await db.notification.findMany({ where: { userId: f.evaluator.userId, kind: 'idea_assigned', resourceId: ideaId }, select: { data: true } });
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told[0]!.data)).toContain('15. tammikuuta 2027');
    for (const actor of [evaluatorElsewhere, await resident('snoop'), staff]) {
      expect((await refusal(addNote(actor, componentId, ideaId, { body: 'Minäkin' }))).code).toBe('NOT_FOUND');
      expect((await refusal(saveReview(actor, componentId, ideaId, { feasibility: 'NOT_FEASIBLE' }))).code).toBe('NOT_FOUND');
    }
    expect(await refusal(assignEvaluator(f.coordinator, componentId, ideaId, { evaluatorId: f.evaluator.userId, dueDate: '2027-02-30' }))).toMatchObject({ code: 'INVALID_INPUT' });
    const page = await getIdeaForPage(null, f.org.id, componentId, ideaId);
    expect(JSON.stringify(page)).not.toContain('Salainen huomio');
    expect(JSON.stringify(page)).not.toContain('Maalaus ja merkit');
  });
});

describe('co-authors', () => {
  it('invites by address, joins only the account with it, shows joined names, lets co-authors correct but not withdraw', async () => {
    const author = await resident('coauthor-author');
    const ideaId = await publishedIdea(author, 'Yhteinen idea kolmelta');
    const friend = await resident('friend');
    const stranger = await resident('stranger');
    await inviteCoauthor(author, componentId, ideaId, { email: friend.email.toUpperCase() });
    // An address without an account: the same answer, nobody notified, nobody can take it.
    await inviteCoauthor(author, componentId, ideaId, { email: 'ei-tilia@example.test' });
    expect(await refusal(inviteCoauthor(author, componentId, ideaId, { email: friend.email }))).toEqual({ code: 'CONFLICT', fieldErrors: { email: ['ideaCoauthorAlreadyInvited'] } });
    expect(await refusal(inviteCoauthor(author, componentId, ideaId, { email: author.email }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { email: ['ideaCoauthorSelf'] } });
    expect((await refusal(inviteCoauthor(author, componentId, ideaId, { email: 'ei osoite' }))).code).toBe('INVALID_INPUT');
    expect((await refusal(inviteCoauthor(stranger, componentId, ideaId, { email: 'x@example.test' }))).code).toBe('NOT_FOUND');
    const notice = await db.notification.findFirstOrThrow({ where: { userId: friend.userId, kind: 'idea_coauthor_invited' }, select: { data: true } });
    expect(JSON.stringify(notice.data)).toContain('kutsui sinut idean kanssakirjoittajaksi');

    // The invitation is the friend's alone: others cannot answer it, see the page or edit.
    expect(await getCoauthorsView(stranger, f.org.id, componentId, ideaId)).toBeNull();
    expect((await refusal(answerCoauthorInvitation(stranger, componentId, ideaId, true))).code).toBe('NOT_FOUND');
    expect((await getCoauthorsView(friend, f.org.id, componentId, ideaId))?.role).toBe('invited');
    expect((await refusal(updateIdeaBasics(friend, componentId, ideaId, basics('Kaapattu otsikko')))).code).toBe('NOT_FOUND');
    await answerCoauthorInvitation(friend, componentId, ideaId, true);
    await updateIdeaBasics(friend, componentId, ideaId, basics('Yhteinen idea kolmelta, korjattu'));
    expect((await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).title).toBe('Yhteinen idea kolmelta, korjattu');
    expect((await refusal(withdrawIdea(friend, componentId, ideaId))).code).not.toBe(undefined);
    expect((await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).state).toBe('SUBMITTED');

    // The page shows joined names only; addresses only to the author.
    const page = await getIdeaForPage(null, f.org.id, componentId, ideaId);
    expect(page!.coauthors.map((c) => c.user?.displayName)).toEqual(['Testi friend']);
    expect(JSON.stringify(page)).not.toContain('@example.test');
    const authorView = await getCoauthorsView(author, f.org.id, componentId, ideaId);
    expect(authorView?.waiting.map((w) => w.email)).toEqual(['ei-tilia@example.test']);
    expect(JSON.stringify(await getCoauthorsView(friend, f.org.id, componentId, ideaId))).not.toContain('ei-tilia');
    expect(await db.follow.count({ where: { userId: friend.userId, targetId: ideaId } })).toBe(1);

    // The limit counts waiting invitations; the friend leaves; the author cancels the other invitation.
    for (const n of [1, 2, 3]) await inviteCoauthor(author, componentId, ideaId, { email: `kutsu${n}@example.test` });
    expect(await refusal(inviteCoauthor(author, componentId, ideaId, { email: 'kuudes@example.test' }))).toEqual({ code: 'CONFLICT', fieldErrors: { _form: ['ideaCoauthorLimit|{"max":5}'] } });
    const friendRow = authorView!.joined[0]!;
    expect((await refusal(removeCoauthor(stranger, componentId, ideaId, friendRow.id))).code).toBe('NOT_FOUND');
    await removeCoauthor(friend, componentId, ideaId, friendRow.id);
    expect((await refusal(updateIdeaBasics(friend, componentId, ideaId, basics('Vielä kerran')))).code).toBe('NOT_FOUND');
    await removeCoauthor(author, componentId, ideaId, authorView!.waiting[0]!.id);
    expect(await db.ideaCoauthor.count({ where: { ideaId } })).toBe(3);

    // A withdrawn idea takes no more co-authors.
    await withdrawIdea(author, componentId, ideaId);
    expect(await refusal(inviteCoauthor(author, componentId, ideaId, { email: 'myohassa@example.test' }))).toEqual({ code: 'FORBIDDEN', fieldErrors: { _form: ['ideaCoauthorsClosed'] } });
  });
});

describe('co-author invitations', () => {
  it('are limited per author and hour, since each may notify and mail someone', async () => {
    const author = await resident('inviter');
    const ideas = [await publishedIdea(author, 'Ensimmäinen kutsuidea'), await publishedIdea(author, 'Toinen kutsuidea')];
    for (let n = 0; n < 10; n++) await inviteCoauthor(author, componentId, ideas[n % 2]!, { email: `tulva${n}@example.test` });
    await removeCoauthor(author, componentId, ideas[0]!, (await db.ideaCoauthor.findFirstOrThrow({ where: { ideaId: ideas[0]! } })).id);
    expect(await refusal(inviteCoauthor(author, componentId, ideas[0]!, { email: 'tulva-uudelleen@example.test' }))).toEqual({ code: 'RATE_LIMITED', fieldErrors: { _form: ['ideaCoauthorRateLimited|{"max":10}'] } });
    expect(await db.ideaCoauthor.count({ where: { ideaId: { in: ideas } } })).toBe(9);
  });
});

describe('in person', () => {
  it('lets staff enter an idea on behalf of a named resident, never showing the name publicly or in the audit log', async () => {
    const { id } = await enterInPersonIdea(staff, componentId, {
      title: 'Skeittiramppi nuorille', body: 'Nuoret toivoivat skeittiramppia koulun työpajassa.', areaId, themeId: '', locale: 'fi', channel: 'IN_PERSON',
      collectedAt: '2026-11-20', collectedPlace: 'Koulun työpaja', onBehalfName: 'Aino Virtanen', ageGroup: '13-17', locationText: '',
    });
    const stored = await db.idea.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ authorId: null, enteredById: staff.userId, channel: 'IN_PERSON', onBehalfName: 'Aino Virtanen', ageGroup: '13-17', state: 'SUBMITTED' });
    expect(JSON.stringify(await getIdeaForPage(null, f.org.id, componentId, id))).not.toContain('Aino');
    expect(JSON.stringify(await auditRows(id))).not.toContain('Aino');
    expect((await refusal(enterInPersonIdea(await resident('not-staff'), componentId, { title: 'Ei oikeutta', body: 'Tätä ei saa kirjata kukaan asukas.', areaId, locale: 'fi', channel: 'PAPER', collectedAt: '2026-11-20', collectedPlace: 'X' }))).code).toBe('FORBIDDEN');
    expect(await refusal(enterInPersonIdea(staff, componentId, { title: 'Tulevaisuudesta', body: 'Keräyspäivä on tulevaisuudessa.', areaId, locale: 'fi', channel: 'PAPER', collectedAt: '2999-01-01', collectedPlace: 'X' }))).toEqual({ code: 'INVALID_INPUT', fieldErrors: { collectedAt: ['ideaCollectedInFuture'] } });
  });
});

describe('CSV import and export', () => {
  const file = (rows: string[]) => new TextEncoder().encode(['otsikko;kuvaus;alue;kanava;keräyspäivä;keräyspaikka;nimi', ...rows].join('\r\n'));

  it('imports a whole file of paper ideas, or nothing when a row is bad; only staff and officials', async () => {
    const { importInPersonIdeas } = await import('./in-person-mutations');
    const slug = (await db.area.findUniqueOrThrow({ where: { id: areaId } })).slug;
    const before = await db.idea.count({ where: { componentId } });
    const bad = await importInPersonIdeas(staff, componentId, file([`Paperi-idea yksi;Tarpeeksi pitkä kuvaus ideasta.;${slug};paperi;2026-11-02;Kirjasto;`, `x;lyhyt;${slug};paperi;2026-11-02;Kirjasto;`]));
    expect(bad).toMatchObject({ ok: false, rows: [{ row: 3 }] });
    expect(await db.idea.count({ where: { componentId } })).toBe(before);
    const good = await importInPersonIdeas(staff, componentId, file([
      `Paperi-idea yksi;Tarpeeksi pitkä kuvaus ideasta.;${slug};paperi;2026-11-02;Kirjasto;Matti M`,
      `=HYPERLINK("http://evil");Kaava otsikossa ja pitkä kuvaus.;${slug};paikan päällä;2.11.2026;Koulu;`,
    ]));
    expect(good).toEqual({ ok: true, imported: 2 });
    expect(await db.idea.count({ where: { componentId } })).toBe(before + 2);
    expect((await auditRows(componentId)).find((a) => a.action === 'idea.import')).toMatchObject({ actorId: staff.userId, after: { count: 2 } });
    expect((await refusal(importInPersonIdeas(await resident('importer'), componentId, file([])))).code).toBe('FORBIDDEN');
  });

  it('exports ideas, comments and supports for officials only, with formula cells escaped and nothing private', async () => {
    const { exportIdeasCsv } = await import('./exports');
    const ideaId = (await db.idea.findFirstOrThrow({ where: { componentId, publishedAt: { not: null } }, select: { id: true } })).id;
    await addNote(f.coordinator, componentId, ideaId, { body: 'Viennissä ei saa näkyä tämä muistiinpano.' });
    const read = async (name: 'ideat.csv' | 'kommentit.csv' | 'kannatukset.csv') => {
      const { stream, filename } = await exportIdeasCsv(f.coordinator, componentId, name);
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(filename).toMatch(/\.csv$/);
      return new TextDecoder().decode(bytes);
    };
    const ideas = await read('ideat.csv');
    expect(ideas.split('\r\n')[0]).toContain('Otsikko;Kuvaus');
    expect(ideas).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(ideas).not.toContain('Matti M');
    expect(ideas).not.toContain('Aino Virtanen');
    expect(ideas).not.toContain('Viennissä ei saa');
    const supports = await read('kannatukset.csv');
    expect(supports).not.toMatch(/@example|@kuopio/);
    expect(supports.split('\r\n').length).toBeGreaterThan(2);
    await read('kommentit.csv');
    expect((await auditRows(componentId)).filter((a) => a.action === 'idea.export')).toHaveLength(3);
    for (const actor of [await resident('exporter'), f.evaluator, staff]) expect((await refusal(exportIdeasCsv(actor, componentId, 'ideat.csv'))).code).toBe('FORBIDDEN');
    expect((await refusal(exportIdeasCsv(f.outsider, componentId, 'ideat.csv'))).code).toBe('NOT_FOUND');
  });
});

describe('moderation', () => {
  it('is reported by residents (not its author) and hidden at the threshold, leaving lists and the map', async () => {
    const { flagContent } = await import('@/lib/moderation/flag');
    const author = await resident('flagged-author');
    const ideaId = await publishedIdea(author, 'Asiaton mainosidea tähän');
    expect((await refusal(flagContent(author, { targetType: 'idea', targetId: ideaId, reason: 'SPAM', details: '' }))).code).toBe('FORBIDDEN');
    let hidden = false;
    for (let i = 0; i < 10 && !hidden; i++) hidden = (await flagContent(await resident(`flagger${i}`), { targetType: 'idea', targetId: ideaId, reason: 'SPAM', details: '' })).hidden;
    expect(hidden).toBe(true);
    expect((await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).moderationState).toBe('HIDDEN');
    const { ideas } = await findListedIdeas({ componentId, areaId: null, authorId: null }, parseIdeaListFilters({}, { supportSortAllowed: true }), { perPage: 50, seed: 'x' });
    expect(ideas.map((i) => i.id)).not.toContain(ideaId);
    expect(await getIdeaForPage(null, f.org.id, componentId, ideaId)).toBeNull();
    expect(await getIdeaForPage(f.coordinator, f.org.id, componentId, ideaId)).not.toBeNull();
  });
});

describe('statistics and the committee summary', () => {
  it('counts published ideas by channel, age group, area and state, hiding groups under five', async () => {
    const { ideaStatistics, areaSummary } = await import('./statistics');
    const stats = await ideaStatistics(componentId, f.space.id);
    const published = await db.idea.count({ where: { componentId, publishedAt: { not: null } } });
    for (const t of [stats.channels, stats.ageGroups, stats.areas, stats.states]) {
      expect(t.total).toBe(published);
      for (const row of t.rows) expect(row.count.hidden).toBe(row.count.value > 0 && row.count.value < 5 ? true : row.count.hidden);
      expect(t.rows.filter((r) => r.count.hidden).length).not.toBe(1);
    }
    const inPerson = stats.channels.rows.find((r) => r.key === 'IN_PERSON')!;
    expect(inPerson.count.value).toBe(await db.idea.count({ where: { componentId, publishedAt: { not: null }, channel: 'IN_PERSON' } }));
    const summary = await areaSummary(componentId, areaId);
    expect(summary.total).toBe(await db.idea.count({ where: { componentId, areaId, publishedAt: { not: null } } }));
    const accepted = summary.byState.find((g) => g.state === 'ACCEPTED');
    expect(accepted?.cost).toBe(accepted?.ideas.reduce((s, i) => s + (i.costEstimate ?? 0), 0));
  });
});

describe('lists, map and page', () => {
  it('filters by text with Finnish stemming, state and theme, and finds similar ideas by title', async () => {
    const author = await resident('lists');
    const id = await publishedIdea(author, 'Leikkipuistoon uusia keinuja');
    const filters = parseIdeaListFilters({ haku: 'leikkipuisto' }, { supportSortAllowed: true });
    const { ideas } = await findListedIdeas({ componentId, areaId: null, authorId: null }, filters, { perPage: 50, seed: 'x' });
    expect(ideas.map((i) => i.id)).toContain(id);
    const similar = await findSimilarIdeas(componentId, { title: 'Leikkipuisto ja keinut', excludeId: null });
    expect(similar.map((s) => s.id)).toContain(id);
    const rejected = await findListedIdeas({ componentId, areaId: null, authorId: null }, parseIdeaListFilters({ tila: 'hylatty' }, { supportSortAllowed: true }), { perPage: 50, seed: 'x' });
    expect(rejected.ideas.every((i) => i.state === 'REJECTED')).toBe(true);
  });

  it('is found by the organization-wide search in its own language, drafts and hidden ideas never', async () => {
    const { searchContent } = await import('@/lib/search/queries');
    const author = await resident('searched');
    const published = await publishedIdea(author, `Uimarannalle pukukopit ${f.org.id.slice(-4)}`);
    const draft = await createIdeaDraft(author, componentId, basics('Uimarannalle luonnoskoppi'));
    const hidden = await publishedIdea(await resident('hidden-author'), 'Uimarannalle piilotettu idea');
    await db.idea.update({ where: { id: hidden }, data: { moderationState: 'HIDDEN' } });
    const found = await searchContent(null, f.org.id, { query: 'uimarannan', type: null, offset: 0, limit: 20 }, { spaceId: null, areaId: null }, 'fi');
    const ids = found.hits.map((h) => h.id);
    expect(ids).toContain(published);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(hidden);
    expect(found.hits.find((h) => h.id === published)).toMatchObject({ type: 'idea', lang: 'fi' });
    const inArea = await searchContent(null, f.org.id, { query: 'uimarannalle', type: 'idea', offset: 0, limit: 20 }, { spaceId: null, areaId: otherAreaId }, 'fi');
    expect(inArea.total).toBe(0);
  });

  it('runs a constant number of queries for the list (each sort), the map data and the idea page', async () => {
    const scope = { componentId, areaId: null, authorId: null };
    const ideaId = (await db.idea.findFirstOrThrow({ where: { componentId, publishedAt: { not: null } }, select: { id: true } })).id;
    const measure = async () => ({
      list: [
        await countQueries(() => findListedIdeas(scope, { ...parseIdeaListFilters({}, { supportSortAllowed: true }), sort: 'newest' }, { perPage: 12, seed: '1' })),
        await countQueries(() => findListedIdeas(scope, { ...parseIdeaListFilters({}, { supportSortAllowed: true }), sort: 'supported' }, { perPage: 12, seed: '1' })),
        await countQueries(() => findListedIdeas(scope, { ...parseIdeaListFilters({}, { supportSortAllowed: true }), sort: 'commented' }, { perPage: 12, seed: '1' })),
        await countQueries(() => findListedIdeas(scope, { ...parseIdeaListFilters({}, { supportSortAllowed: true }), sort: 'random' }, { perPage: 12, seed: '1' })),
      ],
      map: await countQueries(() => findIdeaPins(scope, parseIdeaListFilters({}, { supportSortAllowed: true }))),
      page: await countQueries(() => getIdeaForPage(null, f.org.id, componentId, ideaId)),
    });
    const before = await measure();
    const author = await resident('bulk');
    const supporters = await Promise.all(Array.from({ length: 5 }, (_, i) => resident(`bulk-s${i}`)));
    for (let i = 0; i < 15; i++) {
      const idea = await db.idea.create({ data: { componentId, areaId, title: `Massaidea ${i}`, body: 'Tekstiä riittävästi idealle.', locale: 'fi', authorId: author.userId, publishedAt: new Date(), latitude: 62.87, longitude: 27.62 }, select: { id: true } });
      await db.ideaSupport.createMany({ data: supporters.map((s) => ({ ideaId: idea.id, userId: s.userId, componentId })) });
      await db.ideaStateChange.create({ data: { ideaId: idea.id, toState: 'SUBMITTED' } });
    }
    await db.ideaSupport.createMany({ data: supporters.map((s) => ({ ideaId, userId: s.userId, componentId })), skipDuplicates: true });
    expect(await measure()).toEqual(before);
  });
});
