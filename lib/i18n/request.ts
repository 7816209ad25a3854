import { getRequestConfig } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from './routing';
import { loadMessages } from './messages';
import { getCurrentOrganization } from '@/lib/organization/current';

/** The organization's time zone for dates; Helsinki when the database cannot tell (e.g. on the error page). */
async function organizationTimeZone(): Promise<string> {
  try {
    return (await getCurrentOrganization()).timeZone;
  } catch {
    return 'Europe/Helsinki';
  }
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: loadMessages(locale),
    timeZone: await organizationTimeZone(),
    formats: {
      dateTime: {
        short: { day: 'numeric', month: 'numeric', year: 'numeric' },
        long: { day: 'numeric', month: 'long', year: 'numeric' },
        dateTime: { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' },
      },
      number: { money: { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } },
    },
  };
});
