/**
 * A listed member with an account may see the space while it is private, but only during their term: a membership
 * whose end date has passed, or whose start date has not come, opens nothing. Terms are calendar dates (DATE
 * columns, stored as midnight UTC) in the organization's time zone and include both ends.
 */

/** Today's calendar date in `timeZone`, in the form the DATE columns hold (midnight UTC of that day). */
export function calendarToday(timeZone: string, now: Date = new Date()): Date {
  // en-CA formats as YYYY-MM-DD.
  const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** Whether a membership term is in force on the current day of the organization; missing dates are open ends. */
export function isMembershipInForce(
  term: { startDate: Date | null; endDate: Date | null },
  timeZone: string,
  now: Date = new Date(),
): boolean {
  const today = calendarToday(timeZone, now).getTime();
  if (term.startDate && term.startDate.getTime() > today) return false;
  if (term.endDate && term.endDate.getTime() < today) return false;
  return true;
}
