#!/usr/bin/env node
/**
 * The load generator shared by the benchmarks in bench/: keep-alive requests on node:http, throughput at N
 * connections for S seconds, the ratio of a path to /api/health measured just before and after it on the same
 * server, and sign-in through next-auth's credentials flow. Node only, no dependencies.
 */
import http from 'node:http';
import https from 'node:https';

/** @param {{ baseUrl: URL, connections: number, seconds: number }} options */
export function createLoadClient({ baseUrl, connections: CONNECTIONS, seconds: SECONDS }) {
  const client = baseUrl.protocol === 'https:' ? https : http;
  const agent = new client.Agent({ keepAlive: true, maxSockets: CONNECTIONS });


  /** One request; resolves with status, headers and the (decoded as sent) body bytes. */
  function request(path, { method = 'GET', headers = {}, body, keepAlive = true } = {}) {
    return new Promise((resolve, reject) => {
      const req = client.request(
        new URL(path, baseUrl),
        { method, headers: { 'user-agent': 'yhdessa-bench', ...headers }, agent: keepAlive ? agent : undefined },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (body) req.write(body);
      req.end();
    });
  }

  /** Requests per second at CONNECTIONS concurrent keep-alive connections for SECONDS seconds. */
  async function throughput(path, headers) {
    const deadline = performance.now() + SECONDS * 1000;
    const statuses = new Map();
    let done = 0;
    const latencies = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          // A browser asks for compressed HTML; the server pays for compressing it, as it would in production.
          const res = await request(path, { headers: { 'accept-encoding': 'gzip', accept: 'text/html', ...headers } });
          latencies.push(performance.now() - t0);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          done += 1;
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      rps: done / elapsed,
      p50: latencies[Math.floor(latencies.length / 2)] ?? NaN,
      p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? NaN,
      statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(' '),
    };
  }

  /** Page throughput and its ratio to /api/health measured just before and just after it. */
  async function ratioAgainstHealth(path, headers) {
    const before = await throughput('/api/health', headers);
    const page = await throughput(path, headers);
    const after = await throughput('/api/health', headers);
    const health = (before.rps + after.rps) / 2;
    return { page, health, ratio: page.rps / health };
  }

  /** Signs in through next-auth's credentials flow (csrf token, then the callback) and returns the Cookie header. */
  async function signIn(email, password) {
    const jar = new Map();
    const keep = (res) => {
      for (const line of [res.headers['set-cookie'] ?? []].flat()) {
        const [pair] = line.split(';');
        const eq = pair.indexOf('=');
        jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
      }
    };
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = await request('/api/auth/csrf');
    keep(csrf);
    const { csrfToken } = JSON.parse(csrf.body.toString('utf8'));
    const res = await request('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
      body: new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: '/fi' }).toString(),
    });
    keep(res);
    if (![...jar.keys()].some((k) => k.endsWith('next-auth.session-token'))) {
      throw new Error(`Sign-in as ${email} failed (status ${res.status}): is the demo seeded, or is the address rate-limited?`);
    }
    return cookie();
  }

  return { request, throughput, ratioAgainstHealth, signIn, destroy: () => agent.destroy() };
}
