// @ts-check
// next.config.js is CommonJS (the package is not an ES module), so require() is the way to load the plugin.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or WASM packages that must not be bundled by the server compiler.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'nodemailer'],
  poweredByHeader: false,
  // forbidden() renders app/[locale]/forbidden.tsx with status 403.
  experimental: { authInterrupts: true },
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
