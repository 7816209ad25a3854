import { describe, expect, it } from 'vitest';
import { parseInput, runAction } from './action-result';
import { AppError } from './errors';
import { z } from './zod';

const Schema = z.object({ title: z.object({ fi: z.string().min(1), sv: z.string() }), tags: z.array(z.string()).max(5) });

function fieldErrorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, fieldErrors: (error as AppError).fieldErrors };
  }
  throw new Error('expected parseInput to throw');
}

describe('parseInput', () => {
  it('returns the parsed value for good input', () => {
    expect(parseInput(Schema, { title: { fi: 'Otsikko 😀', sv: '' }, tags: [] })).toEqual({ title: { fi: 'Otsikko 😀', sv: '' }, tags: [] });
  });

  it('refuses a lone surrogate as a field error that the schema alone would accept', () => {
    const input = { title: { fi: 'ok\ud800', sv: '' }, tags: ['\udc00'] };
    expect(Schema.safeParse(input).success).toBe(true); // the schema passes it; the database would not store it
    expect(fieldErrorsOf(() => parseInput(Schema, input))).toEqual({
      code: 'INVALID_INPUT',
      fieldErrors: { 'title.fi': ['unstorableText'], 'tags.0': ['unstorableText'] },
    });
  });

  it('refuses NUL as a field error', () => {
    expect(fieldErrorsOf(() => parseInput(Schema, { title: { fi: 'a\u0000', sv: '' }, tags: [] }))).toEqual({
      code: 'INVALID_INPUT',
      fieldErrors: { 'title.fi': ['unstorableText'] },
    });
  });

  it('refuses 3 000 levels of nesting with a validation error, not a stack overflow', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 3000; i++) deep = [deep];
    expect(fieldErrorsOf(() => parseInput(Schema, { title: deep, tags: [] }))).toEqual({
      code: 'INVALID_INPUT',
      fieldErrors: { _form: ['invalidType'] },
    });
  });

  it('reaches the client of a server action as INVALID_INPUT, not UNEXPECTED', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 3000; i++) deep = { a: deep };
    await expect(runAction(async () => parseInput(Schema, deep))).resolves.toEqual({
      ok: false,
      error: 'INVALID_INPUT',
      fieldErrors: { _form: ['invalidType'] },
    });
    await expect(runAction(async () => parseInput(Schema, { title: { fi: '\ud83d', sv: '' }, tags: [] }))).resolves.toMatchObject({
      ok: false,
      error: 'INVALID_INPUT',
      fieldErrors: { 'title.fi': ['unstorableText'] },
    });
  });
});
