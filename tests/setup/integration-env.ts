// Runs in each Vitest worker before the test modules: the environment that lib/env.ts validates, pointing at the
// database and SMTP sink of tests/setup/integration-global-setup.ts.
import { inject } from 'vitest';

Object.assign(process.env, inject('integrationEnv'));
