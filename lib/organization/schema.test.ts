import { describe, expect, it } from 'vitest';
import { OrganizationSettingsSchema, isIsoDate, supportedTimeZones } from './schema';

const valid = {
  name: { fi: 'Kuopion kaupunki', sv: 'Kuopio stad', en: '' },
  contactEmail: 'Osallisuus@Kuopio.example',
  accessibilityContactEmail: '',
  enabledLocales: ['fi', 'sv'],
  timeZone: 'Europe/Helsinki',
  accessibilityStatementDate: '2026-11-23',
};

function errorsOf(input: unknown) {
  const r = OrganizationSettingsSchema.safeParse(input);
  const out: Record<string, string> = {};
  // The first message of each field, as the form shows it.
  if (!r.success) for (const i of r.error.issues) out[i.path.join('.')] ??= i.message;
  return out;
}

describe('OrganizationSettingsSchema', () => {
  it('accepts valid settings, normalising empty fields to undefined and emails to lower case', () => {
    const r = OrganizationSettingsSchema.parse(valid);
    expect(r.name).toEqual({ fi: 'Kuopion kaupunki', sv: 'Kuopio stad', en: undefined });
    expect(r.contactEmail).toBe('osallisuus@kuopio.example');
    expect(r.accessibilityContactEmail).toBeUndefined();
    expect(r.enabledLocales).toEqual(['fi', 'sv']);
    expect(r.accessibilityStatementDate).toBe('2026-11-23');
  });

  it('its output parses again to the same value (the server re-validates what the form sends)', () => {
    const once = OrganizationSettingsSchema.parse(valid);
    expect(OrganizationSettingsSchema.parse(once)).toEqual(once);
  });

  it.each([
    ['name.fi', { ...valid, name: { fi: '' } }, 'required'],
    ['name.fi', { ...valid, name: { fi: 'x'.repeat(121) } }, 'tooLong|{"max":120}'],
    ['contactEmail', { ...valid, contactEmail: 'not-an-email' }, 'invalidEmail'],
    ['accessibilityContactEmail', { ...valid, accessibilityContactEmail: 'a@' }, 'invalidEmail'],
    ['enabledLocales', { ...valid, enabledLocales: ['sv', 'en'] }, 'finnishRequired'],
    ['enabledLocales', { ...valid, enabledLocales: false }, 'finnishRequired'],
    ['enabledLocales.1', { ...valid, enabledLocales: ['fi', 'de'] }, 'invalidChoice'],
    ['timeZone', { ...valid, timeZone: 'Mars/Olympus' }, 'invalidTimeZone'],
    ['timeZone', { ...valid, timeZone: '' }, 'required'],
    ['accessibilityStatementDate', { ...valid, accessibilityStatementDate: '2026-02-30' }, 'invalidDate'],
    ['accessibilityStatementDate', { ...valid, accessibilityStatementDate: '23.11.2026' }, 'invalidDate'],
  ])('rejects a bad %s', (field, input, message) => {
    expect(errorsOf(input)[field]).toBe(message);
  });

  it('orders and de-duplicates the enabled languages', () => {
    expect(OrganizationSettingsSchema.parse({ ...valid, enabledLocales: ['en', 'fi', 'en'] }).enabledLocales).toEqual(['fi', 'en']);
  });

  it('accepts a single checked language given as a string', () => {
    expect(OrganizationSettingsSchema.parse({ ...valid, enabledLocales: 'fi' }).enabledLocales).toEqual(['fi']);
  });
});

describe('supportedTimeZones / isIsoDate', () => {
  it('lists Helsinki among the IANA zones', () => {
    expect(supportedTimeZones()).toContain('Europe/Helsinki');
    expect(supportedTimeZones().length).toBeGreaterThan(100);
  });

  it.each([
    ['2026-11-23', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-1-1', false],
    ['', false],
  ])('isIsoDate(%s) → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
