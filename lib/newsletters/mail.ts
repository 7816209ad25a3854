import 'server-only';
import { appUrl } from '@/lib/core/app-url';
import { localize } from '@/lib/core/localized-text';
import { translatorFor } from '@/lib/i18n/translator';
import { unsubscribeLinks } from '@/lib/notifications/mails';
import type { NewsletterRecipient } from './recipients';

export type NewsletterMail = { subject: string; text: string; headers: Record<string, string> };

/**
 * A newsletter as one recipient gets it: subject and text in their language, or in the default language where the
 * writer left that language empty (localize falls back to Finnish); the Markdown body as plain text (it reads as
 * such); why they get it and a one-click link to stop newsletters, also in RFC 8058 headers.
 */
export function newsletterMail(
  to: Pick<NewsletterRecipient, 'userId' | 'name' | 'locale'>,
  newsletter: { subject: unknown; body: unknown },
  organizationName: unknown,
  { test = false }: { test?: boolean } = {},
): NewsletterMail {
  const t = translatorFor(to.locale, 'mail');
  const links = unsubscribeLinks(to.locale, to.userId, 'newsletter');
  const subject = localize(newsletter.subject, to.locale);
  const text = [
    ...(test ? [t('newsletter.testNotice')] : []),
    localize(newsletter.body, to.locale).trim(),
    '—',
    t('newsletter.why', { site: t('siteName'), organization: localize(organizationName, to.locale), settingsUrl: appUrl(`/${to.locale}/profile#newsletter`) }),
    `${t('newsletter.unsubscribe')}\n${links.page}`,
  ].join('\n\n');
  return {
    subject: test ? `${t('newsletter.testPrefix')} ${subject}` : subject,
    text: `${text}\n`,
    headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
