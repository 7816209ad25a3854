import { describe, expect, it } from 'vitest';
import { z } from './zod';
import { decodeMessage } from './validation-message';
import { localizedTextSchema, localize, localizedLang } from './localized-text';
import { loadMessages } from '@/lib/i18n/messages';

function firstMessage(schema: z.ZodType, value: unknown) {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected failure');
  return decodeMessage(r.error.issues[0]!.message);
}

describe('zod messages are translation keys', () => {
  it.each([
    [z.string().min(1), undefined, 'required', {}],
    [z.string().trim().min(1), '', 'required', {}],
    [z.string().min(5), 'abc', 'tooShort', { min: 5 }],
    [z.string().max(3), 'abcd', 'tooLong', { max: 3 }],
    [z.email(), 'not-an-email', 'invalidEmail', {}],
    [z.number().int().max(10), 11, 'tooBig', { max: 10 }],
    [z.enum(['a', 'b']), 'c', 'invalidChoice', {}],
    [z.object({ a: z.string() }).strict(), { a: 'x', b: 1 }, 'unexpectedField', {}],
  ] as const)('%#: gives %s', (schema, value, key, params) => {
    expect(firstMessage(schema as unknown as z.ZodType, value)).toEqual({ key, params });
  });

  it('every key zod can produce exists in the validation messages', () => {
    const keys = Object.keys(loadMessages('fi').validation as object);
    for (const k of ['required', 'invalidType', 'tooShort', 'tooLong', 'tooFewItems', 'tooManyItems', 'tooSmall', 'tooBig', 'invalidEmail', 'invalidUrl', 'invalidFormat', 'invalidChoice', 'unexpectedField', 'invalid'])
      expect(keys).toContain(k);
  });
});

describe('localized text', () => {
  const schema = localizedTextSchema({ max: 10 });

  it('requires Finnish and turns empty translations into undefined', () => {
    expect(schema.parse({ fi: ' Hei ', sv: '', en: 'Hi' })).toEqual({ fi: 'Hei', sv: undefined, en: 'Hi' });
    expect(firstMessage(schema, { fi: '', sv: 'Hej' }).key).toBe('required');
    expect(firstMessage(schema, { fi: 'x'.repeat(11) })).toEqual({ key: 'tooLong', params: { max: 10 } });
  });

  it('falls back to Finnish and reports the language shown', () => {
    expect(localize({ fi: 'Kirjasto', en: 'Library' }, 'sv')).toBe('Kirjasto');
    expect(localizedLang({ fi: 'Kirjasto', en: 'Library' }, 'sv')).toBe('fi');
    expect(localize({ fi: 'Kirjasto', en: 'Library' }, 'en')).toBe('Library');
    expect(localize(null, 'fi')).toBe('');
    expect(localize({ sv: 'Bibliotek' }, 'fi')).toBe('Bibliotek');
  });
});
