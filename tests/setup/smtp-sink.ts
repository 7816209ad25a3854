/**
 * A real SMTP server for tests. The app sends through SMTP_URL=smtp://127.0.0.1:<port> with nodemailer exactly as in
 * production; every message received is decoded and written as one JSON file (see ReceivedMail) into a folder, so
 * that any process — Vitest workers, Playwright tests — can read it with tests/setup/mailbox.ts, given the folder in
 * SMTP_SINK_DIR.
 *
 * No TLS and no authentication: STARTTLS and AUTH are not offered, so nodemailer sends in plain text.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  id: string;
  /** ISO time the sink received the message */
  receivedAt: string;
  /** envelope sender (MAIL FROM) */
  envelopeFrom: string;
  /** envelope recipients (RCPT TO), lower-cased */
  to: string[];
  /** decoded header values, keys lower-cased (first occurrence) */
  headers: Record<string, string>;
  from: string;
  subject: string;
  /** the text/plain body, decoded */
  text: string;
  /** the text/html body when there is one */
  html?: string;
};

export type SmtpSink = {
  /** smtp://127.0.0.1:<port> — give it to the app as SMTP_URL */
  url: string;
  port: number;
  /** folder holding the received messages (one JSON file each) — give it to tests as SMTP_SINK_DIR */
  dir: string;
  stop: () => Promise<void>;
};

export async function startSmtpSink(options: { dir?: string; port?: number } = {}): Promise<SmtpSink> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'yhdessa-mail-'));
  fs.mkdirSync(dir, { recursive: true });
  let sequence = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        try {
          const parsed = parseMessage(Buffer.concat(chunks));
          const receivedAt = new Date();
          const id = `${receivedAt.getTime()}-${String(++sequence).padStart(4, '0')}-${crypto.randomBytes(3).toString('hex')}`;
          const mail: ReceivedMail = {
            id,
            receivedAt: receivedAt.toISOString(),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            ...parsed,
          };
          // write then rename, so that a reader never sees half a file
          const file = path.join(dir, `${id}.json`);
          fs.writeFileSync(`${file}.tmp`, JSON.stringify(mail, null, 2));
          fs.renameSync(`${file}.tmp`, file);
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', (error) => console.error('[smtp-sink]', error));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// A small MIME decoder: enough for what nodemailer produces (text, html, multipart/alternative and /mixed,
// quoted-printable or base64, RFC 2047 encoded words in headers).

type Part = { headers: Record<string, string>; body: Buffer };

export function parseMessage(raw: Buffer): Pick<ReceivedMail, 'headers' | 'from' | 'subject' | 'text' | 'html'> {
  const top = splitPart(raw);
  const bodies: { text?: string; html?: string } = {};
  collectBodies(top, bodies);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(top.headers)) headers[k] = decodeWords(v);
  return { headers, from: headers.from ?? '', subject: headers.subject ?? '', text: bodies.text ?? '', html: bodies.html };
}

function splitPart(raw: Buffer): Part {
  const text = raw.toString('latin1'); // byte-preserving
  const match = /\r?\n\r?\n/.exec(text);
  const headerText = match ? text.slice(0, match.index) : text;
  const bodyStart = match ? match.index + match[0].length : text.length;
  const headers: Record<string, string> = {};
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    // header bytes are UTF-8 when not encoded-word
    headers[key] ??= Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8');
  }
  return { headers, body: raw.subarray(Buffer.byteLength(text.slice(0, bodyStart), 'latin1')) };
}

function headerParams(value: string): { value: string; params: Record<string, string> } {
  const [first = '', ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq > 0) params[p.slice(0, eq).trim().toLowerCase()] = p.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return { value: first.trim().toLowerCase(), params };
}

function collectBodies(part: Part, out: { text?: string; html?: string }): void {
  const contentType = headerParams(part.headers['content-type'] ?? 'text/plain; charset=us-ascii');
  const disposition = headerParams(part.headers['content-disposition'] ?? '').value;
  if (contentType.value.startsWith('multipart/')) {
    const boundary = contentType.params.boundary;
    if (!boundary) return;
    const body = part.body.toString('latin1');
    const pieces = body.split(new RegExp(`(?:^|\\r?\\n)--${escapeRegExp(boundary)}(?:--)?[ \\t]*(?:\\r?\\n|$)`));
    // pieces[0] is the preamble, the last one the epilogue after the closing boundary
    for (const piece of pieces.slice(1)) {
      if (piece.trim() === '') continue;
      collectBodies(splitPart(Buffer.from(piece, 'latin1')), out);
    }
    return;
  }
  if (disposition === 'attachment') return;
  if (contentType.value !== 'text/plain' && contentType.value !== 'text/html') return;
  const decoded = decodeBody(part.body, part.headers['content-transfer-encoding'], contentType.params.charset);
  if (contentType.value === 'text/plain') out.text ??= decoded;
  else out.html ??= decoded;
}

function decodeBody(body: Buffer, transferEncoding = '7bit', charset = 'utf-8'): string {
  let bytes: Buffer;
  switch (transferEncoding.trim().toLowerCase()) {
    case 'base64':
      bytes = Buffer.from(body.toString('latin1').replace(/\s+/g, ''), 'base64');
      break;
    case 'quoted-printable':
      bytes = decodeQuotedPrintable(body.toString('latin1'));
      break;
    default:
      bytes = body;
  }
  return decodeCharset(bytes, charset).replace(/\r\n/g, '\n').replace(/\n$/, '');
}

function decodeQuotedPrintable(input: string): Buffer {
  // transport padding (whitespace at the end of an encoded line) is not content; "=" at the end is a soft break
  const withoutSoftBreaks = input.replace(/[ \t]+(?=\r?\n)/g, '').replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < withoutSoftBreaks.length; i++) {
    const c = withoutSoftBreaks[i]!;
    const hex = withoutSoftBreaks.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(c.charCodeAt(0) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function decodeCharset(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

/** Decodes RFC 2047 encoded words (=?utf-8?Q?...?= and =?utf-8?B?...?=), joining adjacent ones. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?[^?]+\?[BbQq]\?[^?]*\?=)/g, '$1')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : decodeQuotedPrintable(text.replace(/_/g, ' '));
      return decodeCharset(bytes, charset.replace(/\*.*$/, ''));
    });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
