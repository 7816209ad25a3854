#!/usr/bin/env node
// Serves the production build: Next.js's own request handler behind a thin guard (docs/decisions/015-request-guard.md).
// `npm start` runs this instead of `next start`; in production run `node scripts/serve.mjs` (PORT, default 3000).
//
// The guard (scripts/request-guard.mjs) only answers requests that Next.js itself would fail with a 500 before the
// app's code runs — undecodable paths, and server-action requests with a foreign Origin, an oversized body or a body
// React cannot decode — with 400/403/413 and a short localized message. Every other request, and every accepted one,
// goes to Next.js unchanged (an action body that was read for checking is handed on as it arrived).

import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { guardResponse } from './guard-response.mjs';
import {
  allowedActionHosts,
  checkActionBody,
  checkDeclaredLength,
  checkOrigin,
  isDecodablePath,
  serverActionKind,
  tooLarge,
} from './request-guard.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { SERVER_ACTION_BODY_LIMIT_MB } = require('./body-limit.cjs');
const LIMIT_BYTES = SERVER_ACTION_BODY_LIMIT_MB * 1024 * 1024;

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {{ status: number, message: string, reason: string }} refusal
 */
function refuse(req, res, refusal) {
  // The path only: a query string may carry a one-time token (password reset, email confirmation).
  console.warn(`[guard] ${refusal.status} ${req.method} ${(req.url ?? '').split('?')[0]?.slice(0, 200)}: ${refusal.reason}`);
  const answer = guardResponse({
    root: ROOT,
    status: refusal.status,
    message: refusal.message,
    url: req.url ?? '/',
    headers: req.headers,
    params: { max: SERVER_ACTION_BODY_LIMIT_MB },
  });
  res.writeHead(answer.status, { ...answer.headers, 'Content-Length': Buffer.byteLength(answer.body) });
  res.end(req.method === 'HEAD' ? undefined : answer.body);
}

/**
 * Reads the body, stopping at the limit: the body, 'tooLarge', or 'aborted' when the client went away first.
 * @param {http.IncomingMessage} req
 * @returns {Promise<Buffer | 'tooLarge' | 'aborted'>}
 */
function readBody(req) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const stop = (/** @type {'tooLarge' | 'aborted'} */ outcome) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      resolve(outcome);
    };
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > LIMIT_BYTES) stop('tooLarge');
      else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', () => stop('aborted'));
    req.on('close', () => {
      if (!req.complete) stop('aborted');
    });
  });
}

/**
 * A request object for Next.js that carries the already-read body. It shares the original's socket (Next.js reads
 * the client address and TLS state from it) but never touches it.
 * @param {http.IncomingMessage} req
 * @param {Buffer} body
 */
function withBody(req, body) {
  const replay = new http.IncomingMessage(req.socket);
  replay.method = req.method;
  replay.url = req.url;
  replay.headers = req.headers;
  replay.rawHeaders = req.rawHeaders;
  replay.httpVersion = req.httpVersion;
  replay.httpVersionMajor = req.httpVersionMajor;
  replay.httpVersionMinor = req.httpVersionMinor;
  replay._read = () => {};
  // The original request owns the socket; destroying this copy must not close the connection under the response.
  replay._destroy = (error, callback) => callback(error);
  replay.push(body);
  replay.push(null);
  replay.complete = true;
  return replay;
}

/**
 * @param {(req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>} nextHandler
 * @param {string[]} allowedHosts
 */
export function guardedHandler(nextHandler, allowedHosts) {
  return async (/** @type {http.IncomingMessage} */ req, /** @type {http.ServerResponse} */ res) => {
    if (!isDecodablePath(req.url ?? '/')) return refuse(req, res, { status: 400, message: 'badAddress', reason: 'undecodable path' });
    const kind = serverActionKind(req.method, req.headers);
    if (!kind) return nextHandler(req, res);

    const refusal = checkOrigin(req.headers, allowedHosts) ?? checkDeclaredLength(req.headers, LIMIT_BYTES);
    // A refused body is left unread: Node.js discards the rest of it after the answer, so the client, which may still
    // be sending, reads the answer instead of a reset connection.
    if (refusal) return refuse(req, res, refusal);
    const body = await readBody(req);
    if (body === 'aborted') return undefined; // nobody is left to answer
    if (body === 'tooLarge') return refuse(req, res, tooLarge(LIMIT_BYTES));
    const bodyRefusal = await checkActionBody(kind, req.headers, body);
    if (bodyRefusal) return refuse(req, res, bodyRefusal);
    return nextHandler(withBody(req, body), res);
  };
}

async function main() {
  process.env.NODE_ENV = 'production';
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  let allowedHosts;
  let appUrlProblem;
  try {
    allowedHosts = allowedActionHosts(process.env.APP_URL);
  } catch {
    appUrlProblem = `APP_URL must be an absolute URL such as https://osallistu.kuopio.fi, not "${process.env.APP_URL}"`;
  }
  const { default: next } = await import('next');
  const app = next({ dir: ROOT, dev: false, port });
  const handle = app.getRequestHandler();
  // prepare() runs instrumentation.ts, which checks the whole configuration and stops the process with one message
  // naming every bad variable (lib/startup-check.ts); our own APP_URL check is only the fallback.
  await app.prepare();
  if (appUrlProblem) throw new Error(appUrlProblem);

  const guarded = guardedHandler(handle, allowedHosts);
  const server = http.createServer((req, res) => {
    guarded(req, res).catch((error) => {
      console.error('[serve] request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });
  server.listen(port, () => console.log(`[serve] listening on port ${port}; server actions accepted from ${allowedHosts.join(', ')}`));

  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`[serve] ERROR: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
