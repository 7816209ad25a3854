import { getActor } from '@/lib/auth/current-actor';
import { handleIdeaMapRequest } from '@/lib/ideas/map-request';

/** GET /api/components/<componentId>/ideas/map — the pins of an ideas component's list (lib/ideas/map-request.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ componentId: string }> }) {
  return handleIdeaMapRequest(request, (await params).componentId, getActor);
}
