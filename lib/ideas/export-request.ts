import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { isAppError } from '@/lib/core/errors';
import { isPlausibleId } from '@/lib/core/identifiers';
import { exportIdeasCsv, isExportFile } from './exports';

function refuse(status: number, error: string): Response {
  return Response.json({ ok: false, error }, { status, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });
}

/**
 * GET /api/components/<componentId>/ideas/export/<ideat|kommentit|kannatukset>.csv — an official's streamed export.
 * Signed out 401, not allowed 403, unknown component or file 404; never a 5xx for what a client sends.
 */
export async function handleIdeaExport(componentId: unknown, file: unknown, loadActor: () => Promise<Actor | null>): Promise<Response> {
  if (typeof componentId !== 'string' || !isPlausibleId(componentId) || !isExportFile(file)) return refuse(404, 'NOT_FOUND');
  const actor = await loadActor();
  if (!actor) return refuse(401, 'UNAUTHENTICATED');
  try {
    const { stream, filename } = await exportIdeasCsv(actor, componentId, file);
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (isAppError(error)) return refuse(error.code === 'NOT_FOUND' ? 404 : 403, error.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'FORBIDDEN');
    throw error;
  }
}
