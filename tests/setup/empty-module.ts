// Stands in for `server-only` in Vitest (see vitest.config.ts): the real package throws outside a React Server
// Components bundle, but server modules are exactly what the unit and integration tests exercise.
export {};
