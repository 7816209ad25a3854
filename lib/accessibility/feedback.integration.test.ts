import { describe, expect, it, vi } from 'vitest';

// The public action reads the client's address for its rate limit; outside a request there are no headers.
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'user-agent': 'vitest' }) }));
import { db } from '@/lib/db';
import { waitForQueuedMail } from '@/tests/setup/jobs';
import { createTestOrganization } from '@/tests/factories/organization-admin';
import { submitAccessibilityFeedbackAction } from './actions';
import { storeAccessibilityFeedback } from './mutations';
import { findAccessibilityFeedback } from './queries';

async function kuopio() {
  return db.organization.findUniqueOrThrow({ where: { slug: 'kuopio' } });
}

describe('accessibility feedback', () => {
  it('is stored and mailed to the accessibility contact, through the public action', async () => {
    const org = await kuopio();
    const to = org.accessibilityContactEmail!;
    const since = new Date();
    const message = `Kartan painikkeet eivät toimi näppäimistöllä (${Date.now()}).`;

    const result = await submitAccessibilityFeedbackAction({
      name: 'Maija Meikäläinen',
      email: 'Maija@Example.test',
      pageUrl: 'http://127.0.0.1:3000/fi/areas/neulamaki?kartta=1',
      message,
    });
    expect(result.ok).toBe(true);

    const row = await db.accessibilityFeedback.findFirstOrThrow({ where: { message } });
    expect(row).toMatchObject({ organizationId: org.id, name: 'Maija Meikäläinen', email: 'maija@example.test', pageUrl: '/fi/areas/neulamaki?kartta=1' });

    const mail = await waitForQueuedMail(to, { subject: 'saavutettavuuspalaute', since });
    expect(mail.text).toContain(message);
    expect(mail.text).toContain('maija@example.test');
    expect(mail.text).toContain('http://127.0.0.1:3000/fi/areas/neulamaki?kartta=1');

    const listed = await findAccessibilityFeedback(org.id);
    expect(listed.items[0]?.message).toBe(message);
  });

  it.each([
    ['a too short message', { message: 'lyhyt' }, 'message'],
    ['a bad email', { message: 'Tämä on riittävän pitkä viesti.', email: 'ei-osoite' }, 'email'],
    ['another site’s page', { message: 'Tämä on riittävän pitkä viesti.', pageUrl: 'https://evil.example/fi' }, 'pageUrl'],
    ['a protocol-relative page', { message: 'Tämä on riittävän pitkä viesti.', pageUrl: '//evil.example/fi' }, 'pageUrl'],
  ])('refuses %s with a field error and stores nothing', async (_label, input, field) => {
    const before = await db.accessibilityFeedback.count();
    const result = await submitAccessibilityFeedbackAction(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe('INVALID_INPUT');
      expect(result.fieldErrors?.[field]).toBeDefined();
    }
    expect(await db.accessibilityFeedback.count()).toBe(before);
  });

  it('refuses input that is not an object', async () => {
    expect(await submitAccessibilityFeedbackAction('x')).toEqual({ ok: false, error: 'INVALID_INPUT', fieldErrors: expect.any(Object) });
    expect((await submitAccessibilityFeedbackAction(null)).ok).toBe(false);
  });

  it('is stored without mail when the organization has no contact address', async () => {
    const org = await createTestOrganization('nocontact');
    const row = await storeAccessibilityFeedback(
      { id: org.id, name: { fi: 'Testi' }, contactEmail: null, accessibilityContactEmail: null },
      { name: undefined, email: undefined, pageUrl: undefined, message: 'Anonyymi palaute ilman yhteystietoja.' },
    );
    const stored = await db.accessibilityFeedback.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ organizationId: org.id, name: null, email: null, pageUrl: null });
    expect((await findAccessibilityFeedback(org.id)).total).toBe(1);
  });
});
