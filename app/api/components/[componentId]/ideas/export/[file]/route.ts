import { getActor } from '@/lib/auth/current-actor';
import { handleIdeaExport } from '@/lib/ideas/export-request';

/** GET /api/components/<componentId>/ideas/export/<file>.csv — officials' CSV exports (lib/ideas/export-request.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ componentId: string; file: string }> }) {
  const { componentId, file } = await params;
  return handleIdeaExport(componentId, file, getActor);
}
