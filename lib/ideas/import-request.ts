import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { isAppError } from '@/lib/core/errors';
import { isPlausibleId } from '@/lib/core/identifiers';
import { foreignOrigin, readLimited } from '@/lib/http/raw-body';
import { CSV_BOM, csvRows } from '@/lib/exports/csv';
import { IMPORT_MAX_BYTES, IMPORT_TEMPLATE_ROWS } from './csv-import';
import { importInPersonIdeas } from './in-person-mutations';

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });
}

/**
 * POST /api/components/<componentId>/ideas/import: the raw bytes of a CSV file (not multipart: no 4 MB action limit,
 * no decoder of ours in between). Answers `{ ok: true, data: { imported } }` or `{ ok: false, error, file?, rows? }`
 * where `file` is the file's own problem and `rows` each bad row's line number and encoded messages; nothing is stored
 * unless every row is good. The same Origin rule as image uploads: a cross-site form cannot use a staff session.
 */
export async function handleIdeaImport(request: Request, componentId: unknown, loadActor: () => Promise<Actor | null>): Promise<Response> {
  if (foreignOrigin(request)) return json(403, { ok: false, error: 'FORBIDDEN' });
  if (typeof componentId !== 'string' || !isPlausibleId(componentId)) return json(404, { ok: false, error: 'NOT_FOUND' });
  const actor = await loadActor();
  if (!actor) return json(401, { ok: false, error: 'UNAUTHENTICATED' });
  let bytes: Uint8Array | 'tooLarge';
  try {
    bytes = await readLimited(request, IMPORT_MAX_BYTES);
  } catch {
    return json(400, { ok: false, error: 'INVALID_INPUT', file: 'importNotCsv' });
  }
  if (bytes === 'tooLarge') return json(413, { ok: false, error: 'INVALID_INPUT', file: 'importTooLarge' });
  try {
    const result = await importInPersonIdeas(actor, componentId, bytes);
    if (!result.ok) return json(422, { ok: false, error: 'INVALID_INPUT', file: result.file, rows: result.rows });
    return json(200, { ok: true, data: { imported: result.imported } });
  } catch (error) {
    if (isAppError(error)) return json(error.code === 'NOT_FOUND' ? 404 : 403, { ok: false, error: error.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'FORBIDDEN' });
    throw error;
  }
}

/** GET …/import: the template to fill in (the columns and one example row), as Finnish Excel opens it. */
export function importTemplate(): Response {
  return new Response(CSV_BOM + csvRows(IMPORT_TEMPLATE_ROWS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="ideat-pohja.csv"', 'Cache-Control': 'public, max-age=3600' },
  });
}
