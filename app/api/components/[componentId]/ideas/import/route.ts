import { getActor } from '@/lib/auth/current-actor';
import { handleIdeaImport, importTemplate } from '@/lib/ideas/import-request';

/** POST /api/components/<componentId>/ideas/import — staff import paper ideas from CSV (lib/ideas/import-request.ts). */
export async function POST(request: Request, { params }: { params: Promise<{ componentId: string }> }) {
  return handleIdeaImport(request, (await params).componentId, getActor);
}

/** GET — the template file to fill in. */
export function GET() {
  return importTemplate();
}
