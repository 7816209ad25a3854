#!/usr/bin/env node
/**
 * Measures response times of the main public pages and the health endpoint of a running Yhdessä instance.
 * Usage: node bench/http-latency.mjs [baseUrl=http://localhost:3000] [requestsPerPath=50] [concurrency=5]
 * Prints p50/p95/max latency and throughput per path. Run on demand, not as part of the test suite.
 */
const [baseUrl = 'http://localhost:3000', perPathArg = '50', concurrencyArg = '5'] = process.argv.slice(2);
const perPath = Number(perPathArg);
const concurrency = Number(concurrencyArg);

const paths = [
  '/api/health',
  '/fi',
  '/fi/areas',
  '/fi/areas/neulamaki',
  '/fi/spaces',
  '/fi/spaces/lahioohjelma-2026-neulamaki',
  '/sv/spaces/lahioohjelma-2026-neulamaki',
  '/fi/accessibility',
];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeOne(url) {
  const started = performance.now();
  const res = await fetch(url, { redirect: 'manual' });
  await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status };
}

async function benchPath(path) {
  const url = new URL(path, baseUrl).toString();
  await timeOne(url); // warm-up: the first request compiles nothing in production but fills caches
  const times = [];
  const statuses = new Map();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < perPath) {
        next += 1;
        const { ms, status } = await timeOne(url);
        times.push(ms);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    path,
    p50: percentile(times, 50).toFixed(1),
    p95: percentile(times, 95).toFixed(1),
    max: times[times.length - 1].toFixed(1),
    'req/s': (times.length / elapsed).toFixed(1),
    statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(' '),
  };
}

const rows = [];
for (const path of paths) rows.push(await benchPath(path));
console.log(`${baseUrl}: ${perPath} requests per path, concurrency ${concurrency} (ms)`);
console.table(rows);
