import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getComponentForAdmin } from '@/lib/components/queries';
import { permissionSubject } from '@/lib/components/context';
import { isPlausibleId } from '@/lib/core/identifiers';
import { getCurrentOrganization } from '@/lib/organization/current';
import { parseIdeaListFilters } from './list-filters';
import { findIdeaPins } from './list-queries';
import { canReadIdeas } from './permissions';
import { findSpaceAreas } from './queries';
import { readIdeasSettings } from './settings';

function json(status: number, body: unknown, cache: string): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' } });
}

/**
 * Public pins kept for a second per address, as the page cache keeps public pages (ADR 019): thousands of pins are
 * read and serialized once a second, not once per visitor. Only answers every visitor would get are kept (a public
 * component, no "my ideas"); a second-old map is as good as a fresh one.
 */
const SHARED_TTL_MS = 1000;
const SHARED_MAX = 200;
const shared = new Map<string, { expires: number; body: string }>();

function sharedAnswer(body: string): Response {
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=30', 'X-Content-Type-Options': 'nosniff' } });
}

/**
 * GET /api/components/<componentId>/ideas/map?<the list's filters>: the pins of the ideas the list shows with the
 * same filters ({ pins: [[id, lat, lng, state, title], …] }). Unknown, unreadable and archived components are 404
 * alike; malformed filters are ignored as on the list page. Public components' pins may be cached briefly by anyone;
 * "my ideas" and private spaces are answered privately.
 */
export async function handleIdeaMapRequest(request: Request, componentId: unknown, loadActor: () => Promise<Actor | null>): Promise<Response> {
  const notFound = () => json(404, { error: 'notFound' }, 'private, no-store');
  if (typeof componentId !== 'string' || !isPlausibleId(componentId)) return notFound();
  const organization = await getCurrentOrganization();
  const found = await getComponentForAdmin(organization.id, componentId);
  if (!found || found.component.kind !== 'ideas' || found.component.archivedAt) return notFound();
  const subject = permissionSubject(found);
  const publicComponent = canReadIdeas(null, subject);
  const actor = publicComponent ? null : await loadActor();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const settings = readIdeasSettings(found.component.settings);
  const filters = parseIdeaListFilters(params, { supportSortAllowed: settings.showSupportCounts });
  const mineActor = filters.mine ? (actor ?? (await loadActor())) : null;
  if (!publicComponent && !canReadIdeas(actor, subject)) return notFound();
  const key = `${found.component.id}?${new URL(request.url).searchParams.toString()}`;
  const cacheable = publicComponent && !filters.mine;
  const hit = cacheable ? shared.get(key) : undefined;
  if (hit && hit.expires > Date.now()) return sharedAnswer(hit.body);
  const areas = filters.areaSlug ? await findSpaceAreas(found.space.id) : [];
  const areaId = filters.areaSlug ? (areas.find((a) => a.slug === filters.areaSlug)?.id ?? null) : null;
  if (filters.areaSlug && !areaId) return json(200, { pins: [] }, 'public, max-age=30');
  if (filters.mine && !mineActor) return json(200, { pins: [] }, 'private, no-store');
  const pins = await findIdeaPins({ componentId: found.component.id, areaId, authorId: mineActor?.userId ?? null }, filters);
  if (!cacheable) return json(200, { pins }, 'private, no-store');
  const body = JSON.stringify({ pins });
  if (shared.size >= SHARED_MAX) shared.clear();
  shared.set(key, { expires: Date.now() + SHARED_TTL_MS, body });
  return sharedAnswer(body);
}
