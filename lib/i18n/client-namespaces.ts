import type { AbstractIntlMessages } from 'next-intl';

/**
 * Message namespaces that components may read with useTranslations(), and so must reach the browser. Server-only
 * namespaces (email texts, the audit log, the front page…) stay on the server, which keeps every page's payload
 * smaller. A unit test fails when code uses useTranslations() with a namespace missing here.
 */
export const CLIENT_NAMESPACES = [
  'common',
  'errors',
  'validation',
  'accessibility',
  'areas',
  'auth',
  'components',
  'organization',
  'pages',
  'profile',
  'spaces',
  'users',
] as const;

export function pickClientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
}
