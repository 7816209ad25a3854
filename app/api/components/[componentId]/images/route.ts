import { getActor } from '@/lib/auth/current-actor';
import { handleImageUpload } from '@/lib/images/upload-request';

/** POST /api/components/<componentId>/images — an editor uploads an image for the component (lib/images/upload-request.ts). */
export async function POST(request: Request, { params }: { params: Promise<{ componentId: string }> }) {
  return handleImageUpload(request, (await params).componentId, getActor);
}
