import 'server-only';
import { appUrl } from '@/lib/core/app-url';
import { localize } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import type { NotificationKind } from './event-kinds';
import type { NotificationData } from './notification-data';
import { makeUnsubscribeToken } from './unsubscribe-token';

/**
 * Notification mails in the recipient's language (messages/<locale>/mail.json → notifications), plain text like
 * every mail of the platform. Each carries a one-click unsubscribe link for what it is (the event's kind, or the
 * digest) and RFC 8058's List-Unsubscribe headers, so a mail client's own "unsubscribe" works too.
 */
export type Recipient = { userId: string; email: string; name: string; locale: Locale };
export type ComposedMail = { subject: string; text: string; headers: Record<string, string> };

/** The unsubscribe page for people (GET shows a button) and the one-click endpoint for mail clients (POST). */
export function unsubscribeLinks(locale: Locale, userId: string, scope: string) {
  const token = encodeURIComponent(makeUnsubscribeToken(userId, scope));
  return { page: appUrl(`/${locale}/unsubscribe?token=${token}`), oneClick: appUrl(`/api/unsubscribe?token=${token}`) };
}

function listUnsubscribeHeaders(oneClick: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** The organization's name is localized text (its JSON column), read in the recipient's language. */
function signature(locale: Locale, organizationName: unknown): string {
  const t = translatorFor(locale, 'mail');
  return t('signature', { site: t('siteName'), organization: localize(organizationName, locale) });
}

export function eventMail(to: Recipient, kind: NotificationKind, data: NotificationData, organizationName: unknown): ComposedMail {
  const t = translatorFor(to.locale, 'mail');
  const links = unsubscribeLinks(to.locale, to.userId, kind);
  const title = localize(data.title, to.locale);
  const text = [
    t('greeting', { name: to.name }),
    t(`notifications.${kind}.intro`, { context: localize(data.context, to.locale) }),
    `${title}\n${appUrl(`/${to.locale}${data.path}`)}`,
    t('notifications.whyEvent', { site: t('siteName'), settingsUrl: appUrl(`/${to.locale}/profile#notifications`) }),
    `${t('notifications.unsubscribeEvent')}\n${links.page}`,
    signature(to.locale, organizationName),
  ].join('\n\n');
  return { subject: t(`notifications.${kind}.subject`, { title }), text: `${text}\n`, headers: listUnsubscribeHeaders(links.oneClick) };
}

export function digestMail(to: Recipient, items: readonly { kind: NotificationKind; data: NotificationData }[], organizationName: unknown): ComposedMail {
  const t = translatorFor(to.locale, 'mail');
  const links = unsubscribeLinks(to.locale, to.userId, 'digest');
  const lines = items.map(({ kind, data }) =>
    [`• ${localize(data.title, to.locale)}`, `  ${t(`notifications.${kind}.intro`, { context: localize(data.context, to.locale) })}`, `  ${appUrl(`/${to.locale}${data.path}`)}`].join('\n'),
  );
  const text = [
    t('greeting', { name: to.name }),
    t('notifications.digestIntro'),
    lines.join('\n\n'),
    t('notifications.whyDigest', { settingsUrl: appUrl(`/${to.locale}/profile#notifications`) }),
    `${t('notifications.unsubscribeDigest')}\n${links.page}`,
    signature(to.locale, organizationName),
  ].join('\n\n');
  return {
    subject: t('notifications.digestSubject', { count: items.length, site: t('siteName') }),
    text: `${text}\n`,
    headers: listUnsubscribeHeaders(links.oneClick),
  };
}
