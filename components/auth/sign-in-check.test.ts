import { describe, expect, it } from 'vitest';
import { checkSignInFields } from './sign-in-check';

describe('sign-in courtesy check', () => {
  it('asks for both fields', () => {
    expect(checkSignInFields('', '')).toEqual({ email: 'required', password: 'required' });
    expect(checkSignInFields('   ', 'x')).toEqual({ email: 'required' });
  });

  it('wants an address shaped like one, ignoring surrounding spaces', () => {
    expect(checkSignInFields('riikka', 'x')).toEqual({ email: 'invalidEmail' });
    expect(checkSignInFields(' Riikka@Kuopio.example ', 'x')).toEqual({});
  });
});
