import { env } from '@/lib/env';

/** An absolute address on this site (APP_URL) for mails and feeds, from a path that starts with "/". */
export function appUrl(path: string): string {
  return `${env().APP_URL.replace(/\/+$/, '')}${path}`;
}
