// Embedded PostgreSQL for `npm start` without DATABASE_URL and for tests on a machine without PostgreSQL.
//
// PGlite (PostgreSQL compiled to WebAssembly, in this process) is served over the PostgreSQL wire protocol on a
// loopback port by PGLiteSocketServer, so Prisma, the pg driver and the Prisma CLI connect to it like to any server.
//
// PGlite has ONE backend session shared by all connections. The stock query queue of @electric-sql/pglite-socket
// 0.2.17 keeps a connection's messages together only inside an explicit transaction; between two connections'
// extended-protocol messages (Parse/Bind/Execute ... Sync) it may interleave, and then one connection executes the
// other's unnamed statement ("portal \"\" does not exist", wrong rows). This happened under a pooled load here.
// ProtocolAwareQueue below replaces it: a connection owns the backend from its first extended-protocol message until
// its Sync, and for as long as the backend is inside a transaction block it opened.

import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H', 'd'].map((c) => c.charCodeAt(0)));
const SYNC_MESSAGE = new Uint8Array([0x53, 0, 0, 0, 4]); // 'S', length 4

class ProtocolAwareQueue {
  /** @param {PGlite} db */
  constructor(db) {
    this.db = db;
    /** @type {{ handlerId: number, message: Uint8Array, onData: (d: Uint8Array) => void, resolve: (n: number) => void, reject: (e: Error) => void }[]} */
    this.queue = [];
    this.processing = false;
    /** handler that owns the backend (open extended-protocol sequence or transaction block), or null */
    this.owner = null;
    /** whether the owner has sent extended-protocol messages not yet closed by Sync */
    this.openSequence = false;
  }

  enqueue(handlerId, message, onData) {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  async process() {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        let index = 0;
        if (this.owner !== null) {
          index = this.queue.findIndex((q) => q.handlerId === this.owner);
          if (index === -1) break; // wait for the owner's next message
        }
        const [query] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(query.message, {
              onRawData: (data) => {
                bytes += data.length;
                query.onData(data);
              },
            }),
          );
        } catch (error) {
          this.afterMessage(query);
          query.reject(error instanceof Error ? error : new Error(String(error)));
          continue;
        }
        this.afterMessage(query);
        query.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }

  afterMessage(query) {
    const type = query.message[0];
    if (EXTENDED.has(type)) {
      this.owner = query.handlerId;
      this.openSequence = true;
      return;
    }
    this.openSequence = false;
    this.owner = this.db.isInTransaction() ? query.handlerId : null;
  }

  getQueueLength() {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId) {
    this.queue = this.queue.filter((q) => {
      if (q.handlerId !== handlerId) return true;
      q.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /** Called when a connection closes: release the backend if that connection held it. */
  async clearTransactionIfNeeded(handlerId) {
    if (this.owner !== handlerId) return;
    if (this.db.closed) return;
    try {
      if (this.openSequence) {
        await this.db.runExclusive(() => this.db.execProtocolRawStream(SYNC_MESSAGE, { onRawData: () => {} }));
      }
      if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    } finally {
      this.owner = null;
      this.openSequence = false;
      void this.process();
    }
  }
}

function isPidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Keeps two processes from opening the same data directory (PGlite does not check, and would corrupt it). */
const openInThisProcess = new Set();

function acquireLock(dataDir) {
  const lockFile = `${path.resolve(dataDir)}.lock`;
  if (openInThisProcess.has(lockFile)) throw new Error(`The embedded database ${dataDir} is already open in this process.`);
  try {
    const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
    if (pid && pid !== process.pid && isPidAlive(pid)) {
      throw new Error(
        `The embedded database ${dataDir} is in use by process ${pid} (another "npm start"?). Stop it first, ` +
          `or set DATABASE_URL to use a PostgreSQL server.`,
      );
    }
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  openInThisProcess.add(lockFile);
  return () => {
    openInThisProcess.delete(lockFile);
    fs.rmSync(lockFile, { force: true });
  };
}

async function listen(db, { host, port, maxConnections }) {
  const server = new PGLiteSocketServer({ db, host, port, maxConnections });
  // Internal field of @electric-sql/pglite-socket 0.2.17 (pinned exactly in package.json); see the header comment.
  server.queryQueue = new ProtocolAwareQueue(db);
  await server.start();
  return server;
}

/**
 * Starts PGlite and serves it on a loopback port.
 * @param {{ dataDir?: string, port?: number, host?: string, maxConnections?: number, fallbackToEphemeralPort?: boolean }} [options]
 *   dataDir: a folder that persists the database; undefined keeps it in memory.
 *   port: 0 (default) picks a free port; a taken fixed port falls back to a free one unless fallbackToEphemeralPort is false.
 * @returns {Promise<{ url: string, port: number, host: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres(options = {}) {
  const { dataDir, port = 0, host = '127.0.0.1', maxConnections = 40, fallbackToEphemeralPort = true } = options;
  let releaseLock = () => {};
  if (dataDir) {
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
    releaseLock = acquireLock(dataDir);
  }
  let db;
  let server;
  try {
    db = dataDir ? new PGlite(path.resolve(dataDir)) : new PGlite();
    await db.waitReady;
    try {
      server = await listen(db, { host, port, maxConnections });
    } catch (error) {
      if (error?.code !== 'EADDRINUSE' || port === 0 || !fallbackToEphemeralPort) throw error;
      console.warn(`[embedded-db] port ${port} is taken; using a free port instead`);
      server = await listen(db, { host, port: 0, maxConnections });
    }
  } catch (error) {
    await db?.close().catch(() => {});
    releaseLock();
    throw error;
  }

  const actualPort = Number(server.getServerConn().split(':').pop());
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      try {
        await server.stop();
      } finally {
        try {
          await db.close();
        } finally {
          releaseLock();
        }
      }
    })();
    return stopping;
  };
  return { url: `postgresql://postgres@${host}:${actualPort}/postgres`, port: actualPort, host, stop };
}
