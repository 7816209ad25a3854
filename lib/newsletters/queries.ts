import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/config';
import { canManageNewsletter, newsletterSpaceScope } from './permissions';

export type DeliveryCounts = { sent: number; failed: number; pending: number };

/** The newsletters the actor manages, newest first: all of the organization's for an admin, their spaces' otherwise. */
export async function listNewsletters(actor: Actor, locale: Locale) {
  const scope = newsletterSpaceScope(actor);
  const rows = await db.newsletter.findMany({
    where: { organizationId: actor.organizationId, ...(scope === null ? {} : { spaceId: { in: scope } }) },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: { id: true, subject: true, audience: true, targetId: true, status: true, createdAt: true, sentAt: true, recipientCount: true },
  });
  const targets = await targetNames(actor.organizationId, rows, locale);
  return rows.map((r) => ({ ...r, subjectText: localize(r.subject, locale), subjectLang: localizedLang(r.subject, locale), targetName: r.targetId ? (targets.get(r.targetId) ?? null) : null }));
}

/** One newsletter the actor manages, with the name of whom it addresses and, once sent, its delivery counts. */
export async function getManagedNewsletter(actor: Actor, id: string, locale: Locale) {
  const newsletter = await db.newsletter.findFirst({ where: { id, organizationId: actor.organizationId } });
  if (!newsletter || !canManageNewsletter(actor, newsletter)) return null;
  const [targets, counts] = await Promise.all([targetNames(actor.organizationId, [newsletter], locale), newsletter.status === 'DRAFT' ? null : deliveryCounts(newsletter.id)]);
  return { ...newsletter, targetName: newsletter.targetId ? (targets.get(newsletter.targetId) ?? null) : null, counts };
}

/** Sent, failed and pending mails of a newsletter, from the mail deliveries themselves (ADR 023). */
export async function deliveryCounts(newsletterId: string): Promise<DeliveryCounts> {
  const groups = await db.mailDelivery.groupBy({ by: ['status'], where: { newsletterDelivery: { newsletterId } }, _count: { _all: true } });
  const of = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  return { sent: of('SENT'), failed: of('FAILED'), pending: of('PENDING') };
}

async function targetNames(organizationId: string, rows: readonly { audience: string; targetId: string | null }[], locale: Locale): Promise<Map<string, string>> {
  const ids = (audience: string) => rows.filter((r) => r.audience === audience && r.targetId).map((r) => r.targetId!);
  const [spaces, areas] = await Promise.all([
    db.space.findMany({ where: { organizationId, id: { in: ids('SPACE_FOLLOWERS') } }, select: { id: true, title: true } }),
    db.area.findMany({ where: { organizationId, id: { in: ids('AREA_FOLLOWERS') } }, select: { id: true, name: true } }),
  ]);
  return new Map([...spaces.map((s) => [s.id, localize(s.title, locale)] as const), ...areas.map((a) => [a.id, localize(a.name, locale)] as const)]);
}

/** What the actor may address: every space and area for an admin (and everyone who opted in); their own otherwise. */
export async function audienceOptions(actor: Actor, locale: Locale) {
  const scope = newsletterSpaceScope(actor);
  const spaces = await db.space.findMany({
    where: { organizationId: actor.organizationId, ...(scope === null ? {} : { id: { in: scope } }) },
    select: { id: true, title: true, areas: { select: { areaId: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const areaIds = scope === null ? undefined : [...new Set(spaces.flatMap((s) => s.areas.map((a) => a.areaId)))];
  const areas = await db.area.findMany({
    where: { organizationId: actor.organizationId, ...(areaIds ? { id: { in: areaIds } } : {}) },
    select: { id: true, name: true },
  });
  const byName = <T extends { name: string }>(list: T[]) => list.sort((a, b) => a.name.localeCompare(b.name, locale));
  return {
    everyone: scope === null,
    spaces: byName(spaces.map((s) => ({ id: s.id, name: localize(s.title, locale) }))),
    areas: byName(areas.map((a) => ({ id: a.id, name: localize(a.name, locale) }))),
  };
}
