import { describe, expect, it } from 'vitest';
import { decodeMessage } from '@/lib/core/validation-message';
import {
  ChangeEmailSchema,
  ChangePasswordSchema,
  ProfileSchema,
  RegisterSchema,
  RequestResetSchema,
  ResetPasswordSchema,
  SignInFormSchema,
  currentYear,
  safeReturnTo,
  signInTarget,
} from './account-schema';
import { describeUserAgent } from './user-agent';

/** The translation keys (with params) of the issues at each path, e.g. { email: ['invalidEmail'] }. */
function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const out: Record<string, { key: string; params: Record<string, string | number> }[]> = {};
  for (const issue of result.error?.issues ?? []) (out[issue.path.join('.')] ??= []).push(decodeMessage(issue.message));
  return out;
}

const validRegistration = { email: ' Maija.Meikalainen@Example.FI ', password: 'pitkä salasana 123', displayName: ' Maija ', preferredLocale: 'fi' };

describe('RegisterSchema', () => {
  it('normalises the email (trim, lower case) and the display name (trim)', () => {
    const parsed = RegisterSchema.parse(validRegistration);
    expect(parsed).toEqual({ email: 'maija.meikalainen@example.fi', password: 'pitkä salasana 123', displayName: 'Maija', preferredLocale: 'fi', newsletter: false });
  });

  it('accepts its own output (the server re-parses what the browser parsed)', () => {
    const once = RegisterSchema.parse(validRegistration);
    expect(RegisterSchema.parse(once)).toEqual(once);
  });

  it.each([
    ['email', '', 'required'],
    ['email', 'maija@', 'invalidEmail'],
    ['email', 'ei sähköposti', 'invalidEmail'],
    ['password', 'lyhyt', 'passwordTooWeak'],
    ['password', 'x'.repeat(201), 'tooLong'],
    ['displayName', '   ', 'required'],
    ['displayName', 'x'.repeat(81), 'tooLong'],
    ['preferredLocale', 'de', 'invalidChoice'],
  ])('%s = %j → %s', (field, value, key) => {
    const result = RegisterSchema.safeParse({ ...validRegistration, [field]: value });
    expect(result.success).toBe(false);
    expect(errorsOf(result)[field]?.[0]?.key).toBe(key);
  });

  it('tells the minimum length of a password', () => {
    const result = RegisterSchema.safeParse({ ...validRegistration, password: 'lyhyt' });
    expect(errorsOf(result).password?.[0]).toEqual({ key: 'passwordTooWeak', params: { min: 10 } });
  });

  it('accepts a password of exactly 10 and of 200 characters', () => {
    expect(RegisterSchema.safeParse({ ...validRegistration, password: 'x'.repeat(10) }).success).toBe(true);
    expect(RegisterSchema.safeParse({ ...validRegistration, password: 'x'.repeat(200) }).success).toBe(true);
  });

  it('reports every missing field at once', () => {
    const errors = errorsOf(RegisterSchema.safeParse({}));
    expect(Object.keys(errors).sort()).toEqual(['displayName', 'email', 'password', 'preferredLocale']);
  });
});

describe('ProfileSchema', () => {
  const base = { displayName: 'Maija', preferredLocale: 'sv' };

  it('reads empty optional fields as not given', () => {
    expect(ProfileSchema.parse({ ...base, homeAreaId: '', birthYear: '' })).toEqual({ displayName: 'Maija', preferredLocale: 'sv' });
  });

  it('turns the birth year typed in the form into a number, and accepts that number again', () => {
    const parsed = ProfileSchema.parse({ ...base, homeAreaId: 'area_1', birthYear: ' 1985 ' });
    expect(parsed).toEqual({ displayName: 'Maija', preferredLocale: 'sv', homeAreaId: 'area_1', birthYear: 1985 });
    expect(ProfileSchema.parse(parsed)).toEqual(parsed);
  });

  it.each([['1899'], ['abc'], ['19.5'], [String(currentYear() + 1)], [1850]])('birth year %j → birthYearRange with the range', (birthYear) => {
    const errors = errorsOf(ProfileSchema.safeParse({ ...base, birthYear }));
    expect(errors.birthYear?.[0]).toEqual({ key: 'birthYearRange', params: { min: 1900, max: currentYear() } });
  });

  it.each([['1900'], [String(currentYear())]])('birth year %j is accepted', (birthYear) => {
    expect(ProfileSchema.safeParse({ ...base, birthYear }).success).toBe(true);
  });
});

describe('ChangePasswordSchema', () => {
  it('requires the new password twice, the same', () => {
    const result = ChangePasswordSchema.safeParse({ currentPassword: 'vanha', newPassword: 'uusi salasana 1', confirm: 'uusi salasana 2' });
    expect(errorsOf(result)).toEqual({ confirm: [{ key: 'passwordsDiffer', params: {} }] });
  });

  it('accepts any non-empty current password (it is checked against the hash, not the rules)', () => {
    expect(ChangePasswordSchema.safeParse({ currentPassword: 'x', newPassword: 'uusi salasana', confirm: 'uusi salasana' }).success).toBe(true);
  });

  it('applies the password rules to the new password', () => {
    const result = ChangePasswordSchema.safeParse({ currentPassword: 'x', newPassword: 'lyhyt', confirm: 'lyhyt' });
    expect(errorsOf(result).newPassword?.[0]?.key).toBe('passwordTooWeak');
  });
});

describe('other account schemas', () => {
  it('ChangeEmailSchema normalises the new address and needs the password', () => {
    expect(ChangeEmailSchema.parse({ newEmail: ' Uusi@Example.FI', currentPassword: 'salasana' }).newEmail).toBe('uusi@example.fi');
    expect(errorsOf(ChangeEmailSchema.safeParse({ newEmail: 'uusi@example.fi', currentPassword: '' })).currentPassword?.[0]?.key).toBe('required');
  });

  it('RequestResetSchema needs a valid address', () => {
    expect(errorsOf(RequestResetSchema.safeParse({ email: 'x' })).email?.[0]?.key).toBe('invalidEmail');
  });

  it('ResetPasswordSchema checks that the two passwords match', () => {
    const result = ResetPasswordSchema.safeParse({ token: 't'.repeat(43), password: 'uusi salasana', confirm: 'toinen salasana' });
    expect(errorsOf(result).confirm?.[0]?.key).toBe('passwordsDiffer');
  });

  it('SignInFormSchema only requires something in both fields', () => {
    expect(SignInFormSchema.safeParse({ email: 'a@b.fi', password: 'x' }).success).toBe(true);
    expect(Object.keys(errorsOf(SignInFormSchema.safeParse({ email: '', password: '' }))).sort()).toEqual(['email', 'password']);
  });
});

describe('safeReturnTo and signInTarget', () => {
  it('resolves dot segments before deciding', () => {
    expect(safeReturnTo('/fi/..//evil.example')).toBeNull();
    expect(safeReturnTo('/fi/admin/../profile')).toBe('/fi/profile');
  });

  it.each([
    ['/fi/profile', '/fi/profile'],
    ['/admin/areas?page=2', '/admin/areas?page=2'],
    ['//evil.example/', null],
    ['/\\evil.example', null],
    ['https://evil.example/', null],
    ['javascript:alert(1)', null],
    ['profile', null],
    ['/fi/\nprofile', null],
    ['', null],
    [undefined, null],
    [['/fi'], null],
  ])('safeReturnTo(%j) = %j', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    ['/profile', 'fi', '/fi/profile'],
    ['/admin/organization', 'sv', '/sv/admin/organization'],
    ['/en/profile', 'fi', '/en/profile'],
    ['/fi', 'sv', '/fi'],
    ['/', 'en', '/en'],
    ['/finland', 'fi', '/fi/finland'],
    ['//evil.example', 'fi', '/fi'],
    [undefined, 'sv', '/sv'],
  ])('signInTarget(%j, %s) = %s', (returnTo, locale, expected) => {
    expect(signInTarget(returnTo, locale)).toBe(expected);
  });
});

describe('describeUserAgent', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0', 'Edge', 'Windows'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36', 'Chrome', 'Windows'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0', 'Firefox', 'Linux'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'Safari', 'iOS'],
    ['Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0 Mobile Safari/537.36', 'Samsung Internet', 'Android'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 'Safari', 'macOS'],
    ['curl/8.5.0', null, null],
  ])('%s → %s on %s', (ua, browser, os) => {
    expect(describeUserAgent(ua)).toEqual({ browser, os });
  });

  it('knows nothing without a user agent', () => {
    expect(describeUserAgent(null)).toEqual({ browser: null, os: null });
  });
});
