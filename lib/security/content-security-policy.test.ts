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

  it('allows https images (hero images, https tiles) and adds a plain-http tile server', () => {
    const https = contentSecurityPolicy({ nonce: 'n', tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', isDevelopment: false });
    expect(https).toContain("img-src 'self' data: blob: https:;");
    const http = contentSecurityPolicy({ nonce: 'n', tileUrl: 'http://10.0.0.5:8080/{z}/{x}/{y}.png', isDevelopment: false });
    expect(http).toContain("img-src 'self' data: blob: https: http://10.0.0.5:8080");
  });
});
