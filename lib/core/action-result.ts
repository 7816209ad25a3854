import { z } from 'zod';
import { AppError, type ErrorCode, type FieldErrors, isAppError } from './errors';
import { inspectInput } from './storable-input';
import { encodeMessage } from './validation-message';

/** What every server action returns. Actions never throw to the client and never return Prisma rows. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: ErrorCode; fieldErrors?: FieldErrors };

export function ok<T>(data: T): ActionResult<T>;
export function ok(): ActionResult<undefined>;
export function ok<T>(data?: T): ActionResult<T | undefined> {
  return { ok: true, data };
}

export function fail(error: ErrorCode, fieldErrors?: FieldErrors): { ok: false; error: ErrorCode; fieldErrors?: FieldErrors } {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses input with the shared schema or throws INVALID_INPUT with the field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // PostgreSQL cannot store NUL or a lone UTF-16 surrogate, and absurdly deep input is no form of ours: refuse both
  // here as field errors instead of failing in the database (or overflowing the stack) later.
  const { badTextPaths, tooComplex } = inspectInput(input);
  if (tooComplex) throw new AppError('INVALID_INPUT', 'input nested too deeply or too large', { _form: [encodeMessage('invalidType')] });
  if (badTextPaths.length > 0) {
    throw new AppError('INVALID_INPUT', 'unstorable text', Object.fromEntries(badTextPaths.map((p) => [p, [encodeMessage('unstorableText')]])));
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'invalid input', fieldErrorsFromZod(parsed.error));
  return parsed.data;
}

/**
 * Runs the body of a server action and converts failures into ActionResults. Unexpected errors are logged
 * on the server and reported to the user as UNEXPECTED (never a 500 page for a form submission).
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (isAppError(error)) return fail(error.code, error.fieldErrors);
    // Next.js uses thrown errors for redirect() and notFound(); let those through.
    if (error && typeof error === 'object' && 'digest' in error && typeof (error as { digest: unknown }).digest === 'string') {
      const digest = (error as { digest: string }).digest;
      if (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK')) throw error;
    }
    console.error('[action] unexpected error', error);
    return fail('UNEXPECTED');
  }
}
