import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedHandler } from './serve.mjs';

/**
 * The guard in front of a stand-in for Next.js's request handler, over real HTTP: refused requests never reach the
 * handler, accepted ones reach it with their body intact (the guard has read it once already).
 */
describe('the request guard of scripts/serve.mjs', () => {
  const seen: { url?: string; body: string }[] = [];
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    const fakeNext = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      seen.push({ url: req.url, body: Buffer.concat(chunks).toString('utf8') });
      res.end('next');
    };
    server = http.createServer(guardedHandler(fakeNext, ['app.example']));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const action = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${base}/fi/admin/areas/new`, {
      method: 'POST',
      headers: { 'Next-Action': '40ab', 'Content-Type': 'text/plain;charset=UTF-8', Origin: 'https://app.example', ...headers },
      body,
    });

  it('hands an accepted action body on unchanged', async () => {
    const body = JSON.stringify([{ name: { fi: 'Neulamäki 😀' }, boundary: 'x'.repeat(2_500_000) }]);
    const res = await action(body);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('next');
    expect(seen.at(-1)).toEqual({ url: '/fi/admin/areas/new', body });
  });

  it('passes ordinary requests through untouched', async () => {
    const res = await fetch(`${base}/fi/spaces?q=x`);
    expect(await res.text()).toBe('next');
    expect(seen.at(-1)?.url).toBe('/fi/spaces?q=x');
  });

  it('refuses, without calling Next.js, an undecodable path, a foreign origin, a bad body and an oversized one', async () => {
    const before = seen.length;
    const page = await fetch(`${base}/sv/%ff`, { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('Felaktig adress');

    const foreign = await action('[]', { Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example' });
    expect(foreign.status).toBe(403);

    const bad = await action('["$Q1"]', { 'Accept-Language': 'en' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Pyyntö oli virheellinen'); // the language of the page (/fi/…) wins

    const declared = await action('x'.repeat(5 * 1024 * 1024));
    expect(declared.status).toBe(413);

    // Without Content-Length (chunked), the limit is enforced while reading.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 6; i++) controller.enqueue(new Uint8Array(1024 * 1024).fill(97));
        controller.close();
      },
    });
    const chunked = await fetch(`${base}/fi`, {
      method: 'POST',
      headers: { 'Next-Action': '40ab', Origin: 'https://app.example' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(seen.length).toBe(before);
  });
});
