/**
 * Calendar days in the organization's time zone as UTC instants, for date filters: "from 1.3." means from
 * midnight in Helsinki, not in UTC (two or three hours apart), or events just after midnight would be missed.
 */
import { offsetMs } from '@/lib/core/zoned-time';

/** The instant at which the day `isoDate` (YYYY-MM-DD) begins in `timeZone`. */
export function startOfDayInZone(isoDate: string, timeZone: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(y, m - 1, d);
  // Two passes: the offset at the first guess may differ from the offset at local midnight on a DST change day.
  const guess = midnightUtc - offsetMs(new Date(midnightUtc), timeZone);
  return new Date(midnightUtc - offsetMs(new Date(guess), timeZone));
}

/** The instant at which the day after `isoDate` begins, i.e. the exclusive end of an inclusive "to" date. */
export function endOfDayInZone(isoDate: string, timeZone: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return startOfDayInZone(next, timeZone);
}
