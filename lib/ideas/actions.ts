'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import { type ActionResult, parseInput, runAction } from '@/lib/core/action-result';
import { getComponentForAdmin } from '@/lib/components/queries';
import { permissionSubject } from '@/lib/components/context';
import { findSimilarIdeas } from './list-queries';
import { createIdeaDraft, deleteIdeaDraft, publishIdea, setIdeaLocation, removeIdeaPhoto, saveIdeaPhoto, updateIdeaBasics } from './draft-mutations';
import { supportIdea, withdrawSupport } from './support-mutations';
import { decideIdea, withdrawIdea } from './decision-mutations';
import { addNote, assignEvaluator, saveReview, unassignEvaluator } from './review-mutations';
import { createCustomState, createTheme, deleteCustomState, deleteTheme } from './setup-mutations';
import { enterInPersonIdea } from './in-person-mutations';
import { canEditOwnIdea, canWithdrawIdea } from './permissions';
import { answerCoauthorInvitation, inviteCoauthor, removeCoauthor } from './coauthor-mutations';
import { getCoauthorsView, getOwnIdea, supportStateOf } from './queries';
import { readIdeasSettings } from './settings';
import { IdSchema } from './schema';

/**
 * Server actions of the Ideas kind: each authenticates (requireActor), parses its ids, and calls a mutation that
 * authorizes inside (the component scoped to the actor's organization and kind, the permission or the phase's action
 * checked again) and validates the input with the shared schemas. Results are translated by the forms.
 */

/** Ideas show on public component pages, the admin and the review pages: all are revalidated. */
function revalidateIdeas() {
  revalidatePath('/[locale]', 'layout');
}

function ids(...values: unknown[]): string[] {
  return values.map((v) => parseInput(IdSchema, v));
}

export async function createIdeaDraftAction(componentId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid] = ids(componentId);
    return createIdeaDraft(actor, cid!, input as never);
  });
}

export async function updateIdeaBasicsAction(componentId: unknown, ideaId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    const result = await updateIdeaBasics(actor, cid!, iid!, input as never);
    revalidateIdeas();
    return result;
  });
}

export async function setIdeaLocationAction(componentId: unknown, ideaId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    const result = await setIdeaLocation(actor, cid!, iid!, input as never);
    revalidateIdeas();
    return result;
  });
}

export async function saveIdeaPhotoAction(componentId: unknown, ideaId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    const result = await saveIdeaPhoto(actor, cid!, iid!, input as never);
    revalidateIdeas();
    return result;
  });
}

export async function removeIdeaPhotoAction(componentId: unknown, ideaId: unknown, imageId: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid, mid] = ids(componentId, ideaId, imageId);
    const result = await removeIdeaPhoto(actor, cid!, iid!, mid!);
    revalidateIdeas();
    return result;
  });
}

export async function publishIdeaAction(componentId: unknown, ideaId: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    const result = await publishIdea(actor, cid!, iid!);
    revalidateIdeas();
    return result;
  });
}

export async function deleteIdeaDraftAction(componentId: unknown, ideaId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    await deleteIdeaDraft(actor, cid!, iid!);
    return undefined;
  });
}

export async function withdrawIdeaAction(componentId: unknown, ideaId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    await withdrawIdea(actor, cid!, iid!);
    revalidateIdeas();
    return undefined;
  });
}

export async function setIdeaSupportAction(componentId: unknown, ideaId: unknown, supported: unknown): Promise<ActionResult<{ supported: boolean; count: number }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    const result = supported === true ? await supportIdea(actor, cid!, iid!) : await withdrawSupport(actor, cid!, iid!);
    revalidateIdeas();
    return result;
  });
}

/**
 * The viewer's own marks on an idea page: whether they support it, may edit or withdraw it. The page may be the copy
 * shared by every resident (ADR 021), so these come from the browser instead of being rendered for one person.
 */
export async function ideaViewerStateAction(
  componentId: unknown,
  ideaId: unknown,
): Promise<ActionResult<{ supported: boolean; canEdit: boolean; canWithdraw: boolean; coauthorRole: 'author' | 'coauthor' | 'invited' | null }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    const found = await getComponentForAdmin(actor.organizationId, cid!);
    if (!found || found.component.kind !== 'ideas') return { supported: false, canEdit: false, canWithdraw: false, coauthorRole: null };
    const [own, support, coauthors] = await Promise.all([getOwnIdea(actor, cid!, iid!), supportStateOf(actor, cid!, iid!), getCoauthorsView(actor, actor.organizationId, cid!, iid!)]);
    const settings = readIdeasSettings(found.component.settings);
    const subject = permissionSubject(found);
    const archived = found.component.archivedAt !== null;
    return {
      supported: support.supported,
      canEdit: !!own && !archived && own.publishedAt !== null && canEditOwnIdea(actor, subject, own, settings),
      canWithdraw: !!own && !archived && canWithdrawIdea(actor, subject, own, settings),
      coauthorRole: archived ? null : (coauthors?.role ?? null),
    };
  });
}

/** Similar published ideas for the submission's last step (the draft's own title; the author's draft only). */
export async function similarIdeasAction(componentId: unknown, ideaId: unknown): Promise<ActionResult<{ id: string; title: string; state: string }[]>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    const own = await getOwnIdea(actor, cid!, iid!);
    if (!own) return [];
    return (await findSimilarIdeas(cid!, { title: own.title, excludeId: own.id })).map(({ id, title, state }) => ({ id, title, state }));
  });
}

export async function decideIdeaAction(componentId: unknown, ideaId: unknown, input: unknown): Promise<ActionResult<{ changed: boolean }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    const result = await decideIdea(actor, cid!, iid!, input as never);
    revalidateIdeas();
    return result;
  });
}

export async function assignEvaluatorAction(componentId: unknown, ideaId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    await assignEvaluator(actor, cid!, iid!, input as never);
    revalidateIdeas();
    return undefined;
  });
}

export async function unassignEvaluatorAction(componentId: unknown, ideaId: unknown, evaluatorId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid, eid] = ids(componentId, ideaId, evaluatorId);
    await unassignEvaluator(actor, cid!, iid!, eid!);
    revalidateIdeas();
    return undefined;
  });
}

export async function saveReviewAction(componentId: unknown, ideaId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    await saveReview(actor, cid!, iid!, input as never);
    revalidateIdeas();
    return undefined;
  });
}

export async function addNoteAction(componentId: unknown, ideaId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    const result = await addNote(actor, cid!, iid!, input as never);
    revalidateIdeas();
    return result;
  });
}

export async function createThemeAction(componentId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid] = ids(componentId);
    const result = await createTheme(actor, cid!, input as never);
    revalidateIdeas();
    return result;
  });
}

export async function deleteThemeAction(componentId: unknown, themeId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, tid] = ids(componentId, themeId);
    await deleteTheme(actor, cid!, tid!);
    revalidateIdeas();
    return undefined;
  });
}

export async function createCustomStateAction(componentId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid] = ids(componentId);
    const result = await createCustomState(actor, cid!, input as never);
    revalidateIdeas();
    return result;
  });
}

export async function deleteCustomStateAction(componentId: unknown, stateId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, sid] = ids(componentId, stateId);
    await deleteCustomState(actor, cid!, sid!);
    revalidateIdeas();
    return undefined;
  });
}

export async function enterInPersonIdeaAction(componentId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid] = ids(componentId);
    const result = await enterInPersonIdea(actor, cid!, input as never);
    revalidateIdeas();
    return result;
  });
}

export async function inviteCoauthorAction(componentId: unknown, ideaId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    return inviteCoauthor(actor, cid!, iid!, input);
  });
}

export async function answerCoauthorInvitationAction(componentId: unknown, ideaId: unknown, accept: unknown): Promise<ActionResult<{ accepted: boolean }>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid] = ids(componentId, ideaId);
    const result = await answerCoauthorInvitation(actor, cid!, iid!, accept === true);
    revalidateIdeas();
    return result;
  });
}

export async function removeCoauthorAction(componentId: unknown, ideaId: unknown, coauthorId: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireActor();
    const [cid, iid, rid] = ids(componentId, ideaId, coauthorId);
    await removeCoauthor(actor, cid!, iid!, rid!);
    revalidateIdeas();
    return null;
  });
}
