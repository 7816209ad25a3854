import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 *  - unit: pure logic next to the code (lib/**, components/**), no database; and the architecture rules over the
 *    import graph (tests/architecture/, ADR 022);
 *  - integration: *.integration.test.ts against a real database and SMTP server prepared once per run by
 *    tests/setup/integration-global-setup.ts. Files run one after another in a single worker, so tests only need
 *    data with unique names, not their own database.
 * npm run test:unit / npm run test:integration; npm test runs both (scripts/test-all.mjs).
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^server-only$/, replacement: path.resolve(__dirname, 'tests/setup/empty-module.ts') },
      { find: /^@\//, replacement: `${path.resolve(__dirname)}/` },
    ],
  },
  test: {
    // next-intl imports 'next/navigation' without an extension, which only resolves when Vite processes it.
    server: { deps: { inline: ['next-intl'] } },
    exclude: ['**/node_modules/**', '**/.next/**', '**/.data/**', '**/.git/**', 'tests/e2e/**'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['**/*.integration.test.ts'],
          exclude: ['**/node_modules/**', '**/.next/**', '**/.data/**', 'tests/e2e/**'],
          globalSetup: ['tests/setup/integration-global-setup.ts'],
          setupFiles: ['tests/setup/integration-env.ts'],
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
