/** Locales the platform ships. Finnish is the default and the fallback for missing translations of content. */
export const locales = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fi';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Names of the languages in the languages themselves, for the language switcher and form labels. */
export const localeNames: Record<Locale, string> = { fi: 'suomi', sv: 'svenska', en: 'English' };
