import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardResponse, pickLocale } from './guard-response.mjs';
import {
  allowedActionHosts,
  checkActionBody,
  checkDeclaredLength,
  checkOrigin,
  isDecodablePath,
  serverActionKind,
} from './request-guard.mjs';
import { MAX_ARGUMENTS, MAX_REPLY_DEPTH, checkReply, checkTextReply } from './server-action-reply.mjs';

const ROOT = path.resolve(__dirname, '..');
const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('paths', () => {
  it.each([
    ['/fi', true],
    ['/fi/spaces/lahioohjelma-2026?x=%ff', true], // the query is Next's URLSearchParams' business: it does not throw
    ['/fi/spaces/n%C3%A4', true],
    ['/fi/%ff', false],
    ['/fi/spaces/%ff', false],
    ['/api/health/%ff', false],
    ['/_next/static/%E0%A4%A', false],
    ['/fi/%', false],
    ['/fi/%ED%A0%80', false], // an encoded lone surrogate is not UTF-8
  ])('%s decodes: %s', (url, expected) => expect(isDecodablePath(url)).toBe(expected));
});

describe('which requests are server actions', () => {
  it('follows Next.js: a POST with Next-Action, or any multipart POST', () => {
    expect(serverActionKind('POST', { 'next-action': 'abc' })).toBe('fetch');
    expect(serverActionKind('POST', { 'content-type': 'multipart/form-data; boundary=x' })).toBe('form');
    expect(serverActionKind('POST', { 'content-type': 'application/x-www-form-urlencoded' })).toBeUndefined();
    expect(serverActionKind('GET', { 'next-action': 'abc' })).toBeUndefined();
  });
});

describe('origin', () => {
  const hosts = allowedActionHosts('https://osallistu.kuopio.fi');
  it('allows the app address and a request without Origin', () => {
    expect(checkOrigin({ origin: 'https://osallistu.kuopio.fi' }, hosts)).toBeUndefined();
    expect(checkOrigin({}, hosts)).toBeUndefined();
  });
  it('refuses any other origin whatever Host and X-Forwarded-Host say', () => {
    expect(checkOrigin({ origin: 'https://evil.example', host: 'evil.example', 'x-forwarded-host': 'evil.example' }, hosts)?.status).toBe(403);
    expect(checkOrigin({ origin: 'http://osallistu.kuopio.fi:8080' }, hosts)?.status).toBe(403);
    expect(checkOrigin({ origin: 'null' }, hosts)?.status).toBe(403);
    expect(checkOrigin({ origin: '::garbage' }, hosts)?.status).toBe(403);
  });
  it('keeps the port of APP_URL', () => expect(allowedActionHosts('http://127.0.0.1:3100')).toEqual(['127.0.0.1:3100']));
});

describe('server-action reply bodies', () => {
  it.each([
    ['[]'],
    ['[{"email":"a@b.fi","n":1,"ok":true,"none":null}]'],
    ['["$$dollar","$undefined","$NaN","$Infinity","$-Infinity","$-0","$D2026-01-01T00:00:00.000Z","$n-12","$T"]'],
    ['[{"a":{"x":1},"b":"$0:0:a"}]'], // a repeated object, written as a path into the arguments
    [`[${deep(MAX_REPLY_DEPTH - 2)}]`],
  ])('accepts %s', (body) => expect(checkTextReply(body)).toEqual({ ok: true }));

  it.each([
    ['', 'not JSON'],
    ['[{"a":', 'not JSON'],
    ['{"a":1}', 'not an array'],
    ['"x"', 'not an array'],
    ['["$Q1"]', 'row 1 is missing'],
    ['["$1"]', 'row 1 is missing'],
    ['["$@1"]', 'row 1 is missing'],
    ['["$B1"]', 'not a file part'],
    ['["$h1"]', 'unsupported tag'],
    ['["$R1"]', 'unsupported tag'],
    ['["$"]', 'unsupported tag'],
    ['["$nxx"]', 'bad BigInt'],
    ['["$Qzz"]', 'bad reference'],
    ['[{"a":1,"b":"$0:0:nothing"}]', 'leads nowhere'],
    [`[${deep(5000)}]`, 'nested deeper'],
    [JSON.stringify(Array.from({ length: MAX_ARGUMENTS + 1 }, () => 0)), 'arguments'],
  ])('refuses %j', (body, reason) => {
    const check = checkTextReply(body);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toContain(reason);
  });

  it('follows references between the rows of a multipart reply', () => {
    const form = new FormData();
    form.set('0', '["$Q1","$B2"]');
    form.set('1', '[["k","v"]]');
    form.set('2', new Blob(['bytes']));
    expect(checkReply(form)).toEqual({ ok: true });
    form.set('1', '[["k","$3"]]');
    expect(checkReply(form)).toMatchObject({ ok: false, reason: expect.stringContaining('row 3 is missing') });
  });

  it('counts nesting across rows', () => {
    const form = new FormData();
    form.set('0', '["$1"]');
    form.set('1', `[${deep(MAX_REPLY_DEPTH)}]`);
    expect(checkReply(form)).toMatchObject({ ok: false, reason: expect.stringContaining('nested deeper') });
  });
});

describe('whole action bodies', () => {
  const body = (text: string) => Buffer.from(text);
  it('refuses multipart without a boundary or with a body that does not parse', async () => {
    expect(await checkActionBody('fetch', { 'content-type': 'multipart/form-data' }, body('--x\r\n'))).toMatchObject({ status: 400 });
    expect(await checkActionBody('form', { 'content-type': 'multipart/form-data; boundary=abc' }, body('garbage'))).toMatchObject({ status: 400 });
  });
  it('checks a multipart fetch action as a reply and a form action for bound arguments', async () => {
    const multipart = (fields: Record<string, string>) => {
      const parts = Object.entries(fields).map(([k, v]) => `--b\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
      return body(`${parts.join('')}--b--\r\n`);
    };
    const headers = { 'content-type': 'multipart/form-data; boundary=b' };
    expect(await checkActionBody('fetch', headers, multipart({ '0': '["$Q1"]', '1': '[]' }))).toBeUndefined();
    expect(await checkActionBody('fetch', headers, multipart({ '0': '["$Q1"]' }))).toMatchObject({ status: 400 });
    expect(await checkActionBody('form', headers, multipart({ $ACTION_ID_40ab: '' }))).toBeUndefined();
    expect(await checkActionBody('form', headers, multipart({ $ACTION_REF_1: '', '1_$ACTION_ID': 'x' }))).toMatchObject({ status: 400 });
  });
  it('checks any other fetch-action body as a text reply', async () => {
    expect(await checkActionBody('fetch', { 'content-type': 'text/plain;charset=UTF-8' }, body('["$Q1"]'))).toMatchObject({ status: 400 });
    expect(await checkActionBody('fetch', {}, body('[1]'))).toBeUndefined();
  });
  it('refuses a declared length over the limit before reading', () => {
    expect(checkDeclaredLength({ 'content-length': String(5 * 1024 * 1024) }, 4 * 1024 * 1024)).toMatchObject({ status: 413 });
    expect(checkDeclaredLength({ 'content-length': '10' }, 4 * 1024 * 1024)).toBeUndefined();
  });
});

describe('the answer', () => {
  it('speaks the language of the path, else of Accept-Language, else Finnish', () => {
    expect(pickLocale('/sv/%ff', 'en')).toBe('sv');
    expect(pickLocale('/api/health/%ff', 'en-GB,en;q=0.9')).toBe('en');
    expect(pickLocale('/%ff', 'de')).toBe('fi');
  });
  it('is a small page for a browser and plain text for an action', () => {
    const page = guardResponse({ root: ROOT, status: 400, message: 'badAddress', url: '/sv/%ff', headers: { accept: 'text/html' } });
    expect(page.headers['Content-Type']).toContain('text/html');
    expect(page.body).toContain('<html lang="sv">');
    expect(page.body).toContain('Felaktig adress');
    const text = guardResponse({ root: ROOT, status: 413, message: 'tooLarge', url: '/fi/admin/areas/new', headers: { 'next-action': 'x' }, params: { max: 4 } });
    expect(text.headers['Content-Type']).toContain('text/plain');
    expect(text.body).toContain('enintään 4 Mt');
  });
});
