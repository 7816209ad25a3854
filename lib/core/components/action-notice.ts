import type { ActionAvailability } from './action-availability';

/**
 * The message a resident is shown for an action that is not open to them, as a key under `components.actions` and
 * its values: "Kommentointi avautuu 1.3.2027.", "Kirjaudu sisään kommentoidaksesi." Null when the action is open.
 * `signIn` is the one reason the resident can fix themselves, so views link it to the sign-in page.
 */
export function actionNotice(action: string, availability: ActionAvailability): { key: string; date?: Date; signIn: boolean } | null {
  if (availability.available) return null;
  switch (availability.reason) {
    case 'signInRequired':
      return { key: `${action}.signIn`, signIn: true };
    case 'opensOn':
      return { key: `${action}.opensOn`, date: availability.date, signIn: false };
    case 'opensLater':
      return { key: `${action}.opensLater`, signIn: false };
    case 'closed':
      return { key: `${action}.closed`, signIn: false };
    case 'notEnabled':
      return { key: `${action}.notEnabled`, signIn: false };
  }
}
