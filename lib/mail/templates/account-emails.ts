import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';

/**
 * Plain-text account emails in the recipient's language (messages/<locale>/mail.json). Plain text only: it reads
 * well in every mail client and screen reader, and a bare link cannot hide where it really points.
 */
export type AccountEmail = { subject: string; text: string };

type Common = { locale: Locale; name: string; organizationName: string };

function compose(locale: Locale, name: string, organizationName: string, paragraphs: string[]): string {
  const t = translatorFor(locale, 'mail');
  return [t('greeting', { name }), ...paragraphs, t('signature', { site: t('siteName'), organization: organizationName })]
    .join('\n\n')
    .concat('\n');
}

export function confirmationEmail({ locale, name, organizationName, url, hours }: Common & { url: string; hours: number }): AccountEmail {
  const t = translatorFor(locale, 'mail');
  return {
    subject: t('confirmation.subject', { site: t('siteName') }),
    text: compose(locale, name, organizationName, [
      t('confirmation.intro', { site: t('siteName') }),
      t('confirmation.action', { hours }),
      url,
      t('confirmation.notYou'),
    ]),
  };
}

export function passwordResetEmail({ locale, name, organizationName, url, minutes }: Common & { url: string; minutes: number }): AccountEmail {
  const t = translatorFor(locale, 'mail');
  return {
    subject: t('passwordReset.subject', { site: t('siteName') }),
    text: compose(locale, name, organizationName, [
      t('passwordReset.intro', { site: t('siteName') }),
      t('passwordReset.action', { minutes }),
      url,
      t('passwordReset.notYou'),
    ]),
  };
}

export function emailChangeEmail({ locale, name, organizationName, url, hours }: Common & { url: string; hours: number }): AccountEmail {
  const t = translatorFor(locale, 'mail');
  return {
    subject: t('emailChange.subject', { site: t('siteName') }),
    text: compose(locale, name, organizationName, [
      t('emailChange.intro', { site: t('siteName') }),
      t('emailChange.action', { hours }),
      url,
      t('emailChange.notYou'),
    ]),
  };
}

/** Sent to the old address after an email change, so a hijacked account does not change hands silently. */
export function emailChangedNotice({ locale, name, organizationName, newEmail, resetUrl }: Common & { newEmail: string; resetUrl: string }): AccountEmail {
  const t = translatorFor(locale, 'mail');
  return {
    subject: t('emailChanged.subject', { site: t('siteName') }),
    text: compose(locale, name, organizationName, [
      t('emailChanged.intro', { site: t('siteName'), newEmail }),
      t('emailChanged.notYou'),
      resetUrl,
    ]),
  };
}

export function passwordChangedNotice({ locale, name, organizationName, resetUrl }: Common & { resetUrl: string }): AccountEmail {
  const t = translatorFor(locale, 'mail');
  return {
    subject: t('passwordChanged.subject', { site: t('siteName') }),
    text: compose(locale, name, organizationName, [
      t('passwordChanged.intro', { site: t('siteName') }),
      t('passwordChanged.notYou'),
      resetUrl,
    ]),
  };
}
