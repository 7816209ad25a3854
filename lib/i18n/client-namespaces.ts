import type { AbstractIntlMessages } from 'next-intl';

/**
 * Message namespaces that components may read with useTranslations(), and so must reach the browser. Server-only
 * namespaces (email texts, the audit log, the front page…) stay on the server. A unit test fails when code uses
 * useTranslations() with a namespace missing here.
 *
 * Messages travel inside every page's HTML (the RSC payload), so no page gets all of these: the locale layout sends
 * LAYOUT_CLIENT_MESSAGES, and a page with client components that need more wraps them in <ClientMessages> with
 * just those (components/layout/client-messages.tsx); the admin layout sends all of them.
 */
export const CLIENT_NAMESPACES = [
  'common',
  'errors',
  'validation',
  'accessibility',
  'areas',
  'auth',
  'comments',
  'components',
  'images',
  'moderation',
  'organization',
  'pages',
  'news',
  'debates',
  'ideas',
  'notifications',
  'newsletters',
  'profile',
  'serviceAreas',
  'spaces',
  'users',
] as const;

/**
 * What the layout's own client components need on every page: only the error boundary's texts. The header and the
 * footer get their texts as props from the server, so that public pages need no message formatter in the browser.
 */
export const LAYOUT_CLIENT_MESSAGES = ['common.error'] as const;

/** What every form needs besides its own namespace: form status, field errors. */
export const FORM_CLIENT_MESSAGES = ['common', 'errors', 'validation'] as const;

/**
 * The messages under the given paths: a namespace ("auth") or a part of one ("auth.signIn"), kept at its place in
 * the tree so that useTranslations('auth.signIn') finds it.
 */
export function pickClientMessages(
  messages: AbstractIntlMessages,
  paths: readonly string[] = CLIENT_NAMESPACES,
): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split('.');
    let source: unknown = messages;
    for (const key of keys) source = source && typeof source === 'object' ? (source as Record<string, unknown>)[key] : undefined;
    if (source === undefined) continue;
    let target = picked as Record<string, unknown>;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Record<string, unknown>;
    });
  }
  return picked;
}
