/**
 * classifySessionViewer decides who may get the page copy shared with anonymous visitors (ADR 021): only a valid
 * session of a resident without any role and without a membership in force. Each case below must fail safe.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createSession, revokeSession } from '@/lib/auth/sessions';
import { createTestOrganization, createTestUser, uniqueSuffix } from '@/tests/factories/organization-admin';
import { classifySessionViewer } from './session-viewer-class';

async function residentWithSession(orgId: string, options: Parameters<typeof createTestUser>[1] = {}) {
  const user = await createTestUser(orgId, options);
  const session = await createSession(db, user.id, 'vitest');
  return { user, sessionId: session.id };
}

async function createSpace(orgId: string) {
  return db.space.create({
    data: { organizationId: orgId, kind: 'ASSEMBLY', slug: `tila-${uniqueSuffix()}`, title: { fi: 'Tila' }, description: { fi: '' }, isPrivate: true, isPublished: true },
    select: { id: true },
  });
}

const day = (offset: number) => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
};

describe('classifySessionViewer', () => {
  it('a resident without roles or memberships shares the anonymous page', async () => {
    const org = await createTestOrganization('viewer');
    const { sessionId } = await residentWithSession(org.id);
    expect(await classifySessionViewer(sessionId)).toBe('resident');
  });

  it('an organization role, a space role or a membership in force makes the viewer privileged', async () => {
    const org = await createTestOrganization('viewer');
    const space = await createSpace(org.id);
    const staff = await residentWithSession(org.id, { orgRoles: ['STAFF'] });
    const moderator = await residentWithSession(org.id);
    await db.spaceRole.create({ data: { spaceId: space.id, userId: moderator.user.id, role: 'MODERATOR' } });
    const member = await residentWithSession(org.id);
    await db.spaceMember.create({ data: { spaceId: space.id, userId: member.user.id, fullName: 'Jäsen', startDate: day(-30), endDate: day(30) } });
    const openEnded = await residentWithSession(org.id);
    await db.spaceMember.create({ data: { spaceId: space.id, userId: openEnded.user.id, fullName: 'Jäsen' } });
    expect(await classifySessionViewer(staff.sessionId)).toBe('privileged');
    expect(await classifySessionViewer(moderator.sessionId)).toBe('privileged');
    expect(await classifySessionViewer(member.sessionId)).toBe('privileged');
    expect(await classifySessionViewer(openEnded.sessionId)).toBe('privileged');
  });

  it('a membership that ended or has not begun opens nothing, so the viewer is a plain resident', async () => {
    const org = await createTestOrganization('viewer');
    const space = await createSpace(org.id);
    const former = await residentWithSession(org.id);
    await db.spaceMember.create({ data: { spaceId: space.id, userId: former.user.id, fullName: 'Entinen', endDate: day(-2) } });
    const future = await residentWithSession(org.id);
    await db.spaceMember.create({ data: { spaceId: space.id, userId: future.user.id, fullName: 'Tuleva', startDate: day(2) } });
    expect(await classifySessionViewer(former.sessionId)).toBe('resident');
    expect(await classifySessionViewer(future.sessionId)).toBe('resident');
  });

  it('an unknown, revoked or expired session, or a blocked or unconfirmed account, is ended', async () => {
    const org = await createTestOrganization('viewer');
    const revoked = await residentWithSession(org.id);
    await revokeSession(db, revoked.sessionId);
    const expired = await residentWithSession(org.id);
    await db.session.update({ where: { id: expired.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const blocked = await residentWithSession(org.id, { blocked: true });
    const unconfirmed = await residentWithSession(org.id);
    await db.user.update({ where: { id: unconfirmed.user.id }, data: { emailVerifiedAt: null } });
    expect(await classifySessionViewer('no-such-session')).toBe('ended');
    expect(await classifySessionViewer(revoked.sessionId)).toBe('ended');
    expect(await classifySessionViewer(expired.sessionId)).toBe('ended');
    expect(await classifySessionViewer(blocked.sessionId)).toBe('ended');
    expect(await classifySessionViewer(unconfirmed.sessionId)).toBe('ended');
  });

  it('touches a session not seen for a while, as loading the actor does', async () => {
    const org = await createTestOrganization('viewer');
    const { sessionId } = await residentWithSession(org.id);
    const old = new Date(Date.now() - 3600_000);
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: old } });
    await classifySessionViewer(sessionId);
    const row = await db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { lastSeenAt: true } });
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(old.getTime());
  });
});
