import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { canAccessAdmin } from '@/lib/admin/permissions';
import type { Actor } from '@/lib/auth/actor';
import { requirePagePermission } from '@/lib/core/page-guards';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { getSpaceAccessRef, getSpaceForAdmin, type SpaceForAdmin } from './admin-queries';
import { canViewSpaceAdmin } from './permissions';

/**
 * The guard of every page under /admin/spaces/[spaceId]: sign-in for visitors, 404 for a space that is not in the
 * actor's organization, 403 for a space whose admin screens this actor may not open.
 */
export async function loadSpaceAdminPage(
  rawLocale: string,
  spaceId: string,
  subPath = '',
): Promise<{ actor: Actor; locale: Locale; space: SpaceForAdmin }> {
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const actor = await requirePagePermission(locale, `/admin/spaces/${encodeURIComponent(spaceId)}${subPath}`, canAccessAdmin);
  const ref = await getSpaceAccessRef(actor, spaceId);
  if (!ref) notFound();
  if (!canViewSpaceAdmin(actor, ref)) forbidden();
  const space = await getSpaceForAdmin(actor, spaceId);
  if (!space) notFound();
  return { actor, locale, space };
}
