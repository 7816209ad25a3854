/**
 * Reads the mail that the test SMTP sink (tests/setup/smtp-sink.ts) received. Works in any process that has
 * SMTP_SINK_DIR: Vitest integration tests and Playwright e2e tests alike.
 *
 *   const mail = await waitForMail('someone@example.test', { subject: /Vahvista/ });
 *   const link = firstUrl(mail.text);
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ReceivedMail } from './smtp-sink';

export type { ReceivedMail } from './smtp-sink';

function sinkDir(dir?: string): string {
  const resolved = dir ?? process.env.SMTP_SINK_DIR;
  if (!resolved) {
    throw new Error('SMTP_SINK_DIR is not set: the mailbox helpers work only under the test global setup that starts the SMTP sink');
  }
  return resolved;
}

/** All messages received for `to` (envelope recipient, case-insensitive), oldest first. */
export function readMailbox(to: string, options: { dir?: string } = {}): ReceivedMail[] {
  const dir = sinkDir(options.dir);
  const address = to.toLowerCase();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ReceivedMail)
    .filter((m) => m.to.includes(address));
}

export type WaitForMailOptions = {
  /** only messages whose subject matches */
  subject?: string | RegExp;
  /** only messages received at or after this time (e.g. taken just before the action that sends) */
  since?: Date;
  /** how many matching messages to wait for; resolves with the last of them (default 1) */
  count?: number;
  /** milliseconds, default 15 000 */
  timeout?: number;
  dir?: string;
};

function matches(mail: ReceivedMail, options: WaitForMailOptions): boolean {
  if (options.since && new Date(mail.receivedAt) < options.since) return false;
  if (options.subject instanceof RegExp) return options.subject.test(mail.subject);
  if (typeof options.subject === 'string') return mail.subject.includes(options.subject);
  return true;
}

/** Polls until a matching message for `to` has arrived; rejects after the timeout, listing what did arrive. */
export async function waitForMail(to: string, options: WaitForMailOptions = {}): Promise<ReceivedMail> {
  const { timeout = 15_000, count = 1 } = options;
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = readMailbox(to, options).filter((m) => matches(m, options));
    if (found.length >= count) return found[count - 1]!;
    if (Date.now() > deadline) {
      const all = readMailbox(to, options);
      throw new Error(
        `No mail for ${to}${options.subject ? ` with subject ${String(options.subject)}` : ''} within ${timeout} ms. ` +
          `Received for this address: ${all.length === 0 ? 'nothing' : all.map((m) => JSON.stringify(m.subject)).join(', ')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first http(s) URL in a text body (trailing punctuation removed), or undefined. */
export function firstUrl(text: string): string | undefined {
  const match = /https?:\/\/[^\s<>"']+/.exec(text);
  return match?.[0].replace(/[.,;:!?)\]]+$/, '');
}

/** Like firstUrl but throws a readable error when there is none. */
export function requireFirstUrl(mail: ReceivedMail): string {
  const url = firstUrl(mail.text) ?? (mail.html ? firstUrl(mail.html) : undefined);
  if (!url) throw new Error(`No link in the mail "${mail.subject}" to ${mail.to.join(', ')}:\n${mail.text}`);
  return url;
}
