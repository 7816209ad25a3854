import 'server-only';
import { db } from '@/lib/db';
import { isMembershipInForce } from '@/lib/spaces/membership-term';
import { SESSION_TOUCH_INTERVAL_MS } from './session-touch';

/**
 * How a session's holder sees the public pages, for the page cache (docs/decisions/021-pages-shared-with-residents.md):
 * - 'ended': no valid session (unknown, revoked, expired, blocked or unconfirmed account) — render per request;
 * - 'resident': signed in, without any organization or space role and without a membership in force, so every
 *   visibility rule gives them exactly what an anonymous visitor gets (private spaces open only through a membership or
 *   a role; unpublished content only through a role);
 * - 'privileged': anything else — their pages differ and are rendered per request.
 * One SQL statement, because it runs in front of every signed-in page view; the rules are those of loadActorBySession.
 */
export type SessionViewerClass = 'ended' | 'resident' | 'privileged';

export async function classifySessionViewer(sessionId: string, now: Date = new Date()): Promise<SessionViewerClass> {
  const rows = await db.$queryRaw<
    {
      revokedAt: Date | null;
      expiresAt: Date;
      lastSeenAt: Date;
      blockedAt: Date | null;
      emailVerifiedAt: Date | null;
      timeZone: string;
      hasRole: boolean;
      terms: { startDate: string | null; endDate: string | null }[];
    }[]
  >`
    SELECT s."revokedAt", s."expiresAt", s."lastSeenAt", u."blockedAt", u."emailVerifiedAt", o."timeZone",
      (EXISTS (SELECT 1 FROM "OrganizationRole" r WHERE r."userId" = u.id)
        OR EXISTS (SELECT 1 FROM "SpaceRole" r WHERE r."userId" = u.id)) AS "hasRole",
      COALESCE((SELECT json_agg(json_build_object('startDate', m."startDate", 'endDate', m."endDate"))
        FROM "SpaceMember" m WHERE m."userId" = u.id), '[]'::json) AS terms
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    JOIN "Organization" o ON o.id = u."organizationId"
    WHERE s.id = ${sessionId}`;
  const row = rows[0];
  if (!row || row.revokedAt || row.expiresAt < now || row.blockedAt || !row.emailVerifiedAt) return 'ended';
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  if (row.hasRole) return 'privileged';
  const inForce = row.terms.some((t) =>
    isMembershipInForce(
      { startDate: t.startDate ? new Date(`${t.startDate}T00:00:00.000Z`) : null, endDate: t.endDate ? new Date(`${t.endDate}T00:00:00.000Z`) : null },
      row.timeZone,
      now,
    ),
  );
  return inForce ? 'privileged' : 'resident';
}
