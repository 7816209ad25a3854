export type FieldErrors = { email?: string; password?: string };

/**
 * The courtesy check before sending: both fields filled and the address shaped like one. The server checks again
 * (lib/auth/sign-in.ts, with the zod schema); messages are validation.json keys, as zod's would be.
 */
export function checkSignInFields(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (email.trim() === '') errors.email = 'required';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = 'invalidEmail';
  if (password === '') errors.password = 'required';
  return errors;
}
