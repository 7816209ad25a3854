/**
 * The project's zod, configured so that every built-in error message is a translation key
 * (see validation-message.ts). Import `z` from here, never from 'zod' directly, in schemas used by forms.
 */
import { z } from 'zod';
import type { $ZodRawIssue } from 'zod/v4/core';
import { encodeMessage } from './validation-message';

type Issue = $ZodRawIssue;

function messageFor(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? encodeMessage('required')
        : encodeMessage('invalidType');
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? encodeMessage('required') : encodeMessage('tooShort', { min: Number(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return encodeMessage('tooFewItems', { min: Number(issue.minimum) });
      return encodeMessage('tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return encodeMessage('tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return encodeMessage('tooManyItems', { max: Number(issue.maximum) });
      return encodeMessage('tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return encodeMessage('invalidEmail');
      if (issue.format === 'url') return encodeMessage('invalidUrl');
      return encodeMessage('invalidFormat');
    case 'invalid_value':
      return encodeMessage('invalidChoice');
    case 'unrecognized_keys':
      return encodeMessage('unexpectedField');
    default:
      return encodeMessage('invalid');
  }
}

z.config({ customError: (issue) => messageFor(issue) });

export { z };
export { encodeMessage };
