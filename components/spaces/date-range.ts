import { getFormatter, getTranslations } from 'next-intl/server';

/** "1. maaliskuuta 2026 – 31. toukokuuta 2026", "alkaen …", "… asti", or null when neither date is set. */
export async function formatDateRange(start: Date | null, end: Date | null): Promise<string | null> {
  if (!start && !end) return null;
  const [format, t] = await Promise.all([getFormatter(), getTranslations('common.dates')]);
  // DATE columns hold midnight UTC; formatting in UTC keeps the calendar day whatever the server's zone.
  const day = (d: Date) => format.dateTime(d, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (start && end) return t('range', { start: day(start), end: day(end) });
  if (start) return t('from', { start: day(start) });
  return t('until', { end: day(end!) });
}
