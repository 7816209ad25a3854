import { describe, expect, it } from 'vitest';
import { FeedbackSchema, isPathOrHttpUrl, normalizeFeedbackPageUrl } from './schema';

const valid = { name: 'Maija', email: 'Maija@Example.fi', pageUrl: '/fi/areas', message: 'Kartan zoomauspainikkeet eivät toimi näppäimistöllä.' };

function errorsOf(input: unknown) {
  const r = FeedbackSchema.safeParse(input);
  const out: Record<string, string> = {};
  // The first message of each field, as the form shows it.
  if (!r.success) for (const i of r.error.issues) out[i.path.join('.')] ??= i.message;
  return out;
}

describe('FeedbackSchema', () => {
  it('accepts full feedback and lower-cases the email', () => {
    expect(FeedbackSchema.parse(valid)).toEqual({ ...valid, email: 'maija@example.fi' });
  });

  it('accepts anonymous feedback with only a message; empty optional fields become undefined', () => {
    expect(FeedbackSchema.parse({ name: ' ', email: '', pageUrl: '', message: '  Linkit eivät erotu tekstistä.  ' })).toEqual({
      name: undefined,
      email: undefined,
      pageUrl: undefined,
      message: 'Linkit eivät erotu tekstistä.',
    });
  });

  it('its output parses again to the same value', () => {
    const once = FeedbackSchema.parse(valid);
    expect(FeedbackSchema.parse(once)).toEqual(once);
  });

  it.each([
    ['message', { ...valid, message: '' }, 'required'],
    ['message', { ...valid, message: 'liian lyh' }, 'tooShort|{"min":10}'],
    ['message', { ...valid, message: 'x'.repeat(5001) }, 'tooLong|{"max":5000}'],
    ['name', { ...valid, name: 'x'.repeat(121) }, 'tooLong|{"max":120}'],
    ['email', { ...valid, email: 'ei-osoite' }, 'invalidEmail'],
    ['pageUrl', { ...valid, pageUrl: 'x'.repeat(501) }, 'tooLong|{"max":500}'],
    ['pageUrl', { ...valid, pageUrl: 'javascript:alert(1)' }, 'pageUrl'],
    ['pageUrl', { ...valid, pageUrl: '//evil.example/fi' }, 'pageUrl'],
    ['pageUrl', { ...valid, pageUrl: 'fi/areas' }, 'pageUrl'],
  ])('rejects a bad %s', (field, input, message) => {
    expect(errorsOf(input)[field]).toBe(message);
  });
});

describe('isPathOrHttpUrl', () => {
  it.each([
    ['/fi/areas/neulamaki', true],
    ['https://osallistu.kuopio.fi/fi', true],
    ['http://localhost:3000/fi', true],
    ['//evil.example', false],
    ['/\\evil.example', false],
    ['ftp://x.example/y', false],
    ['data:text/html,hi', false],
    ['/fi/a b', false],
  ])('%s → %s', (value, expected) => {
    expect(isPathOrHttpUrl(value)).toBe(expected);
  });
});

describe('normalizeFeedbackPageUrl', () => {
  it('refuses paths that resolve to another site', () => {
    expect(normalizeFeedbackPageUrl('/.//evil.example/x', 'http://127.0.0.1:3000')).toBeNull();
  });

  const app = 'https://osallistu.kuopio.fi';
  it('keeps paths and turns same-site addresses into paths', () => {
    expect(normalizeFeedbackPageUrl('/fi/areas?x=1#kartta', app)).toBe('/fi/areas?x=1#kartta');
    expect(normalizeFeedbackPageUrl('https://osallistu.kuopio.fi/sv/spaces', app)).toBe('/sv/spaces');
  });
  it('refuses other sites', () => {
    expect(normalizeFeedbackPageUrl('https://evil.example/fi', app)).toBeNull();
    expect(normalizeFeedbackPageUrl('http://osallistu.kuopio.fi/fi', app)).toBeNull();
  });
});
