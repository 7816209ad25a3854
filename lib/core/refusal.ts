import { AppError } from '@/lib/core/errors';
import { encodeMessage } from '@/lib/core/validation-message';

/** A form-level refusal with a translated reason (messages/<locale>/validation.json). */
export function refuse(code: 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND', key: string, field = '_form'): AppError {
  return new AppError(code, key, { [field]: [encodeMessage(key)] });
}
