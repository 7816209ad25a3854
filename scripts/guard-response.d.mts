// Types of guard-response.mjs (plain JavaScript, run by Node without a build step).
export type Locale = 'fi' | 'sv' | 'en';
export function pickLocale(url: string, acceptLanguage: string | undefined): Locale;
export function guardResponse(input: {
  root: string;
  status: number;
  message: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string | number>;
}): { status: number; headers: Record<string, string>; body: string };
