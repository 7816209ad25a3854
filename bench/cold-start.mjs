#!/usr/bin/env node
/**
 * Cold start: removes the embedded database folder, runs `npm start` (embedded PostgreSQL, migrate, seed, build if
 * needed, serve) and measures the time until /api/health answers 200. Usage: node bench/cold-start.mjs [--keep-build]
 * Without --keep-build the Next build is removed too, so the measurement includes `next build`.
 * Uses PORT=3999 so it does not collide with a running instance; never touches a DATABASE_URL database.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = 3999;
const dataDir = path.join(root, '.data', 'bench-cold-start');
for (const leftover of [dataDir, `${dataDir}.password`, `${dataDir}.log`]) fs.rmSync(leftover, { recursive: true, force: true });
if (!process.argv.includes('--keep-build')) fs.rmSync(path.join(root, '.next'), { recursive: true, force: true });

const env = { ...process.env, PORT: String(port), EMBEDDED_DB_DIR: dataDir, APP_URL: `http://127.0.0.1:${port}` };
delete env.DATABASE_URL;
const started = performance.now();
const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });

async function healthy() {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    return res.status === 200;
  } catch {
    return false;
  }
}

const deadline = Date.now() + 15 * 60_000;
while (!(await healthy())) {
  if (Date.now() > deadline || child.exitCode !== null) {
    console.error('cold start failed or timed out');
    try { process.kill(-child.pid, 'SIGTERM'); } catch {}
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 250));
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\ncold start to healthy: ${seconds} s`);
process.kill(-child.pid, 'SIGTERM');
