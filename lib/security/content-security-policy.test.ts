import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, tileImageSource } from './content-security-policy';

describe('content security policy', () => {
  it('allows scripts only with the nonce in production', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123', isDevelopment: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('lets next dev evaluate modules', () => {
    expect(contentSecurityPolicy({ nonce: 'n', isDevelopment: true })).toContain("'unsafe-eval'");
  });

  it.each([
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://tile.openstreetmap.org'],
    ['https://{s}.tile.example.org/{z}/{x}/{y}.png', 'https://*.tile.example.org'],
    ['http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png', 'http://127.0.0.1:8080'],
    ['', null],
    [undefined, null],
    ['/local/tiles/{z}/{x}/{y}.png', null],
    ["https://evil.example'; script-src *", null],
  ])('takes the image source of tile URL %s', (url, expected) => {
    expect(tileImageSource(url)).toBe(expected);
  });

  it('allows images only from the app, IMAGE_HOSTS and the tile server — not from any https host', () => {
    const csp = contentSecurityPolicy({
      nonce: 'n',
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      imageHosts: ['www.kuopio.fi', '*.kuvat.kuopio.fi'],
      isDevelopment: false,
    });
    expect(csp).toContain("img-src 'self' data: blob: https://www.kuopio.fi https://*.kuvat.kuopio.fi https://tile.openstreetmap.org;");
    expect(csp).not.toMatch(/img-src[^;]* https:[ ;]/);
  });

  it('adds a plain-http tile server and nothing else when IMAGE_HOSTS is empty', () => {
    const http = contentSecurityPolicy({ nonce: 'n', tileUrl: 'http://10.0.0.5:8080/{z}/{x}/{y}.png', isDevelopment: false });
    expect(http).toContain("img-src 'self' data: blob: http://10.0.0.5:8080;");
    const none = contentSecurityPolicy({ nonce: 'n', tileUrl: '', isDevelopment: false });
    expect(none).toContain("img-src 'self' data: blob:;");
  });

  it('never lets a host entry inject a directive', () => {
    const csp = contentSecurityPolicy({ nonce: 'n', imageHosts: ["evil.example; script-src *", 'ok.example'], isDevelopment: false });
    expect(csp).toContain("img-src 'self' data: blob: https://ok.example;");
    expect(csp).not.toContain('script-src *');
  });
});
