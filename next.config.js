// @ts-check
// next.config.js is CommonJS (the package is not an ES module), so require() is the way to load the plugin.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SERVER_ACTION_BODY_LIMIT_MB } = require('./scripts/body-limit.cjs');

/** Server actions are accepted from the app's public address (APP_URL), whatever Host the reverse proxy passes on. */
function appHost() {
  try {
    return new URL(process.env.APP_URL || 'http://localhost:3000').host;
  } catch {
    return 'localhost:3000'; // lib/env.ts reports the bad APP_URL by name
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or WASM packages that must not be bundled by the server compiler.
  // graphile-worker loads its config and migrations at run time (cosmiconfig, SQL files), so it stays external too.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'nodemailer', 'graphile-worker'],
  poweredByHeader: false,
  // forbidden() renders app/[locale]/forbidden.tsx with status 403.
  experimental: {
    authInterrupts: true,
    // scripts/serve.mjs checks Origin against APP_URL and the body size before Next.js does (ADR 015); these keep
    // Next.js's own checks in line with it.
    serverActions: { bodySizeLimit: `${SERVER_ACTION_BODY_LIMIT_MB}mb`, allowedOrigins: [appHost()] },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
