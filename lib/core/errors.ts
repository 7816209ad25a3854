/**
 * Typed error codes of the domain. Domain functions throw AppError; server actions turn it into an
 * ActionResult, so a user never sees a stack trace and every code has a translated message (messages/*\/errors.json).
 */
export const ErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_INPUT',
  'CONFLICT',
  /** The record holds what people wrote, so it is archived rather than deleted. */
  'NOT_EMPTY',
  'RATE_LIMITED',
  'INVALID_TOKEN',
  'EMAIL_NOT_CONFIRMED',
  'INVALID_CREDENTIALS',
  'UNEXPECTED',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  constructor(code: ErrorCode, message?: string, fieldErrors?: FieldErrors) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Prisma's unique-constraint violation, so a race on a slug becomes a field error rather than a 500. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (e.code !== 'P2002') return false;
  if (!field) return true;
  const target = e.meta?.target;
  const fields = Array.isArray(target)
    ? target
    : (e.meta?.driverAdapterError?.cause?.constraint?.fields ?? (typeof target === 'string' ? [target] : []));
  return fields.some((f) => String(f).replaceAll('"', '').includes(field));
}
