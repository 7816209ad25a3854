import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/core/errors';
import { encodeMessage } from '@/lib/core/validation-message';
import { queueMail } from '@/lib/mail/queue-mail';
import { translatorFor } from '@/lib/i18n/translator';
import { localize } from '@/lib/core/localized-text';
import { normalizeFeedbackPageUrl, type Feedback } from './schema';

type OrganizationContact = {
  id: string;
  name: unknown;
  contactEmail: string | null;
  accessibilityContactEmail: string | null;
};

/**
 * Stores accessibility feedback (the feedback channel required by law 306/2019) and tells the organization's
 * accessibility contact by email. The row and the queued mail are stored together; a failing mail server neither
 * loses the feedback nor shows the sender an error (the queue retries, admins see a delivery that failed for good,
 * and read the feedback at /admin/feedback anyway).
 */
export async function storeAccessibilityFeedback(organization: OrganizationContact, input: Feedback) {
  let pageUrl: string | null = null;
  if (input.pageUrl) {
    pageUrl = normalizeFeedbackPageUrl(input.pageUrl, env().APP_URL);
    if (pageUrl === null) throw new AppError('INVALID_INPUT', 'page of another site', { pageUrl: [encodeMessage('pageUrl')] });
  }
  const to = organization.accessibilityContactEmail ?? organization.contactEmail;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.accessibilityFeedback.create({
      data: {
        organizationId: organization.id,
        name: input.name ?? null,
        email: input.email ?? null,
        pageUrl,
        message: input.message,
      },
      select: { id: true, createdAt: true },
    });
    if (to) {
      // Staff read it in Finnish, the organization's working language.
      const t = translatorFor('fi', 'feedback.email');
      const text = [
        t('intro', { organization: localize(organization.name, 'fi') }),
        '',
        `${t('name')}: ${input.name ?? t('notGiven')}`,
        `${t('email')}: ${input.email ?? t('notGiven')}`,
        `${t('page')}: ${pageUrl ? new URL(pageUrl, env().APP_URL).toString() : t('notGiven')}`,
        '',
        input.message,
        '',
        t('footer', { url: new URL('/fi/admin/feedback', env().APP_URL).toString() }),
      ].join('\n');
      await queueMail(tx, { kind: 'accessibility.feedback', to, subject: t('subject'), text, organizationId: organization.id });
    }
    return created;
  });
  return { id: row.id };
}
