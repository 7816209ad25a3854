/**
 * Vitest global setup of the `integration` project: one fresh, migrated and seeded database and a real SMTP sink
 * for the whole run; both removed at the end. The workers get the settings through `provide` (read back into
 * process.env by tests/setup/integration-env.ts before any test module is imported).
 */
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { createTestDatabase } from './test-database';
import { startSmtpSink } from './smtp-sink';

export type IntegrationEnv = Record<string, string>;

declare module 'vitest' {
  export interface ProvidedContext {
    integrationEnv: IntegrationEnv;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const db = await createTestDatabase({ prefix: 'yhdessa_it', seed: true });
  let sink;
  try {
    sink = await startSmtpSink();
  } catch (error) {
    await db.drop();
    throw error;
  }
  const env: IntegrationEnv = {
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '5',
    NEXTAUTH_SECRET: 'integration-test-secret-0123456789abcdef0123456789',
    APP_URL: 'http://127.0.0.1:3000',
    NEXTAUTH_URL: 'http://127.0.0.1:3000',
    ORGANIZATION_SLUG: 'kuopio',
    SMTP_URL: sink.url,
    SMTP_SINK_DIR: sink.dir,
    MAIL_FROM: 'Yhdessä <no-reply@yhdessa.test>',
    MAP_TILE_URL: '',
  };
  Object.assign(process.env, env);
  project.provide('integrationEnv', env);
  console.log(`[integration] database (${db.kind}) and SMTP sink ready in ${Date.now() - started} ms`);

  return async () => {
    await sink.stop();
    await db.drop();
    fs.rmSync(sink.dir, { recursive: true, force: true });
  };
}
