/**
 * Shape checks for identifiers that arrive in URLs. A value that cannot be an id or a slug is "not found" before it
 * reaches the database — which also keeps bytes PostgreSQL refuses in text (NUL) from turning into a 500.
 */
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isPlausibleId(value: unknown): value is string {
  return typeof value === 'string' && RECORD_ID.test(value);
}

export function isPlausibleSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && SLUG.test(value);
}
