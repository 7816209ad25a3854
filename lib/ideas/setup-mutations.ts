import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { parseInput } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { loadIdeasComponentFor } from './load';
import { ideasPermissions } from './permissions';
import { ideaCustomStateSchema, ideaThemeSchema, type IdeaCustomStateFormValues, type IdeaThemeFormValues } from './schema';

/**
 * A component's own vocabulary, set by its officials: themes residents choose from, and custom states (a public
 * label and colour on top of a base state). Removing a theme leaves its ideas without one; removing a custom state
 * shows its ideas under their base state's label again. All audited.
 */

export async function createTheme(actor: Actor, componentId: string, input: IdeaThemeFormValues): Promise<{ id: string }> {
  const found = await loadIdeasComponentFor(actor, componentId, ideasPermissions.manage);
  const data = parseInput(ideaThemeSchema, input);
  return db.$transaction(async (tx) => {
    const last = await tx.ideaTheme.aggregate({ where: { componentId: found.component.id }, _max: { position: true } });
    const theme = await tx.ideaTheme.create({ data: { componentId: found.component.id, name: data.name, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
    await writeAudit(tx, actor, { action: 'idea_theme.create', targetType: 'IdeaTheme', targetId: theme.id, spaceId: found.space.id, after: data });
    return theme;
  });
}

export async function deleteTheme(actor: Actor, componentId: string, themeId: string): Promise<void> {
  const found = await loadIdeasComponentFor(actor, componentId, ideasPermissions.manage);
  await db.$transaction(async (tx) => {
    const theme = await tx.ideaTheme.findFirst({ where: { id: themeId, componentId: found.component.id }, select: { id: true, name: true } });
    if (!theme) throw new AppError('NOT_FOUND', 'theme not found');
    await tx.ideaTheme.delete({ where: { id: theme.id } });
    await writeAudit(tx, actor, { action: 'idea_theme.delete', targetType: 'IdeaTheme', targetId: theme.id, spaceId: found.space.id, before: { name: theme.name } });
  });
}

export async function createCustomState(actor: Actor, componentId: string, input: IdeaCustomStateFormValues): Promise<{ id: string }> {
  const found = await loadIdeasComponentFor(actor, componentId, ideasPermissions.manage);
  const data = parseInput(ideaCustomStateSchema, input);
  return db.$transaction(async (tx) => {
    const last = await tx.ideaCustomState.aggregate({ where: { componentId: found.component.id }, _max: { position: true } });
    const state = await tx.ideaCustomState.create({
      data: { componentId: found.component.id, baseState: data.baseState, label: data.label, colour: data.colour, position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
    await writeAudit(tx, actor, { action: 'idea_state.create', targetType: 'IdeaCustomState', targetId: state.id, spaceId: found.space.id, after: data });
    return state;
  });
}

export async function deleteCustomState(actor: Actor, componentId: string, stateId: string): Promise<void> {
  const found = await loadIdeasComponentFor(actor, componentId, ideasPermissions.manage);
  await db.$transaction(async (tx) => {
    const state = await tx.ideaCustomState.findFirst({ where: { id: stateId, componentId: found.component.id }, select: { id: true, label: true, baseState: true, colour: true } });
    if (!state) throw new AppError('NOT_FOUND', 'state not found');
    await tx.ideaCustomState.delete({ where: { id: state.id } });
    await writeAudit(tx, actor, { action: 'idea_state.delete', targetType: 'IdeaCustomState', targetId: state.id, spaceId: found.space.id, before: state });
  });
}
