import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

const base = {
  DATABASE_URL: 'postgresql://app@db.example:5432/yhdessa',
  NEXTAUTH_SECRET: 'x'.repeat(40),
};
const production = { ...base, NODE_ENV: 'production', APP_URL: 'https://osallistu.mikkeli.fi', SMTP_URL: 'smtps://u:p@smtp.example.fi:465' };

function message(source: Record<string, string | undefined>): string {
  const result = parseEnv(source);
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.message;
}

describe('configuration (lib/env.ts)', () => {
  it('accepts a complete production configuration and derives NEXTAUTH_URL from APP_URL', () => {
    const result = parseEnv(production);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.env.APP_URL).toBe('https://osallistu.mikkeli.fi');
    expect(result.env.NEXTAUTH_URL).toBe('https://osallistu.mikkeli.fi');
    expect(result.env.IMAGE_HOSTS).toEqual([]);
  });

  it('keeps an explicit NEXTAUTH_URL and defaults APP_URL outside production', () => {
    const result = parseEnv({ ...base, NEXTAUTH_URL: 'http://127.0.0.1:3203' });
    expect(result.ok && result.env.NEXTAUTH_URL).toBe('http://127.0.0.1:3203');
    expect(result.ok && result.env.APP_URL).toBe('http://localhost:3000');
  });

  it.each([
    [{ APP_URL: 'notaurl' }, 'APP_URL'],
    [{ APP_URL: 'ftp://osallistu.mikkeli.fi' }, 'APP_URL'],
    [{ NEXTAUTH_URL: 'osallistu.mikkeli.fi' }, 'NEXTAUTH_URL'],
    [{ DATABASE_URL: 'mysql://db' }, 'DATABASE_URL'],
    [{ DATABASE_POOL_SIZE: 'many' }, 'DATABASE_POOL_SIZE'],
    [{ NEXTAUTH_SECRET: 'short' }, 'NEXTAUTH_SECRET'],
    [{ SMTP_URL: 'mail.example.fi' }, 'SMTP_URL'],
    [{ IMAGE_HOSTS: 'www.kuopio.fi,https://cdn.example' }, 'IMAGE_HOSTS'],
    [{ MAIL_OUTBOX: 'yes' }, 'MAIL_OUTBOX'],
  ])('names the variable of a wrong value %o', (override, variable) => {
    expect(message({ ...production, ...override })).toMatch(new RegExp(`^  - ${variable}: .*${variable}`, 'm'));
  });

  it('names the wrong IMAGE_HOSTS entries', () => {
    expect(message({ ...production, IMAGE_HOSTS: 'www.kuopio.fi,https://cdn.example' })).toContain('not host names: https://cdn.example');
  });

  it('refuses production without SMTP_URL (mail would sit in the admin-readable outbox), unless MAIL_OUTBOX=true', () => {
    const { SMTP_URL: _smtp, ...withoutSmtp } = production;
    expect(message(withoutSmtp)).toMatch(/^ {2}- SMTP_URL: SMTP_URL is required in production.*outbox/m);
    expect(message({ ...withoutSmtp, SMTP_URL: '' })).toContain('SMTP_URL is required in production');
    expect(parseEnv({ ...withoutSmtp, MAIL_OUTBOX: 'true' }).ok).toBe(true);
    expect(parseEnv({ ...withoutSmtp, NODE_ENV: 'development' }).ok).toBe(true);
  });

  it('refuses production without APP_URL instead of sending localhost links', () => {
    const { APP_URL: _app, ...withoutAppUrl } = production;
    expect(message(withoutAppUrl)).toMatch(/^ {2}- APP_URL: APP_URL is required in production/m);
  });

  it('lists every wrong variable at once', () => {
    const text = message({ ...production, APP_URL: 'notaurl', NEXTAUTH_SECRET: '' });
    expect(text).toContain('APP_URL');
    expect(text).toContain('NEXTAUTH_SECRET');
    expect(text).toContain('README.md, section "Configuration"');
  });
});

describe('configuration while next build runs', () => {
  it('does not ask the build for the serving-only production settings', () => {
    const { SMTP_URL: _smtp, APP_URL: _app, ...withoutServing } = production;
    expect(parseEnv({ ...withoutServing, NEXT_PHASE: 'phase-production-build' }).ok).toBe(true);
    expect(parseEnv({ ...withoutServing, NEXT_PHASE: 'phase-production-server' }).ok).toBe(false);
  });
});
