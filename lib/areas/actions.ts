'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/current-actor';
import { type ActionResult, parseInput, runAction } from '@/lib/core/action-result';
import { AppError } from '@/lib/core/errors';
import { z } from '@/lib/core/zod';
import { createArea, deleteArea, updateArea } from './mutations';
import { canManageAreas } from './permissions';
import { AreaInputSchema } from './schema';

/**
 * Server actions of the area admin screens. Each is a public POST endpoint: authenticate, authorize (areas are
 * organization-wide, so the check needs no record), re-validate with the shared schema, then the domain mutation.
 * Authorization comes before parsing so that nobody else can make the server parse megabytes of GeoJSON.
 */

const AreaIdSchema = z.string().trim().min(1).max(64);

function revalidateAreaPages() {
  revalidatePath('/[locale]/areas', 'layout');
  revalidatePath('/[locale]/admin/areas', 'layout');
}

async function requireAreaManager() {
  const actor = await requireActor();
  if (!canManageAreas(actor)) throw new AppError('FORBIDDEN');
  return actor;
}

export async function createAreaAction(input: unknown): Promise<ActionResult<{ id: string; slug: string }>> {
  return runAction(async () => {
    const actor = await requireAreaManager();
    const data = parseInput(AreaInputSchema, input);
    const area = await createArea(actor, data);
    revalidateAreaPages();
    return { id: area.id, slug: area.slug };
  });
}

export async function updateAreaAction(areaId: unknown, input: unknown): Promise<ActionResult<{ id: string; slug: string }>> {
  return runAction(async () => {
    const actor = await requireAreaManager();
    const id = parseInput(AreaIdSchema, areaId);
    const data = parseInput(AreaInputSchema, input);
    const area = await updateArea(actor, id, data);
    revalidateAreaPages();
    return { id: area.id, slug: area.slug };
  });
}

export async function deleteAreaAction(areaId: unknown): Promise<ActionResult<{ slug: string }>> {
  return runAction(async () => {
    const actor = await requireAreaManager();
    const id = parseInput(AreaIdSchema, areaId);
    const result = await deleteArea(actor, id);
    revalidateAreaPages();
    return result;
  });
}
