import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './config';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The language is chosen by the URL; a first visit to "/" goes to Finnish unless the browser prefers sv or en.
  localeDetection: true,
});
