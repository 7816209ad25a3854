import { z } from './zod';
import { defaultLocale, locales, type Locale } from '@/lib/i18n/config';

/** Content in several languages: Finnish is required, Swedish and English optional. */
export type LocalizedText = Partial<Record<Locale, string>> & { fi: string };

export function localizedTextSchema({ max, min = 1 }: { max: number; min?: number }) {
  const optional = z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
  return z.object({ fi: z.string().trim().min(min).max(max), sv: optional, en: optional });
}

export function optionalLocalizedTextSchema({ max }: { max: number }) {
  const optional = z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
  return z.object({ fi: optional, sv: optional, en: optional });
}

/** Reads a JSON column as localized text; anything malformed reads as empty rather than crashing a page. */
export function asLocalizedText(value: unknown): Partial<Record<Locale, string>> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Partial<Record<Locale, string>> = {};
  for (const l of locales) {
    const v = (value as Record<string, unknown>)[l];
    if (typeof v === 'string' && v.length > 0) out[l] = v;
  }
  return out;
}

/** The text in the wanted language, falling back to Finnish and then to any language that has it. */
export function localize(value: unknown, locale: Locale): string {
  const text = asLocalizedText(value);
  return text[locale] ?? text[defaultLocale] ?? locales.map((l) => text[l]).find(Boolean) ?? '';
}

/** The language actually shown by localize(), so pages can mark untranslated content with lang="fi". */
export function localizedLang(value: unknown, locale: Locale): Locale {
  const text = asLocalizedText(value);
  if (text[locale]) return locale;
  if (text[defaultLocale]) return defaultLocale;
  return locales.find((l) => text[l]) ?? locale;
}
