/** A session's lastSeenAt is written at most this often (shown in the device list; not a security boundary). */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60_000;
