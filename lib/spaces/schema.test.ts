import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@/lib/core/validation-message';
import {
  PhaseInputSchema,
  SpaceMemberSchema,
  SpaceRoleGrantSchema,
  isAllowedImageUrl,
  spaceInputSchema,
  spaceUpdateSchema,
} from './schema';

const SpaceInputSchema = spaceInputSchema([]);
const SpaceUpdateSchema = spaceUpdateSchema([]);

const validProcess = {
  kind: 'PROCESS',
  slug: 'lahioohjelma-2026-neulamaki',
  title: { fi: 'Lähiöohjelma 2026 — Neulamäki', sv: '', en: '' },
  subtitle: { fi: '', sv: '', en: '' },
  description: { fi: 'Kehitetään Neulamäkeä yhdessä.', sv: '', en: '' },
  heroImageUrl: '',
  heroImageAlt: { fi: '', sv: '', en: '' },
  assemblyType: '',
  startDate: '2026-03-01',
  endDate: '2026-12-31',
  areaIds: ['area-1'],
  isPrivate: false,
};

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.map(String).join('.'), i.message]));
}

describe('SpaceInputSchema', () => {
  it('accepts a complete process form and turns empty inputs into absent values', () => {
    const parsed = SpaceInputSchema.parse(validProcess);
    expect(parsed.heroImageUrl).toBeUndefined();
    expect(parsed.assemblyType).toBeUndefined();
    expect(parsed.title).toEqual({ fi: 'Lähiöohjelma 2026 — Neulamäki', sv: undefined, en: undefined });
    expect(parsed.areaIds).toEqual(['area-1']);
  });

  it('gives output that parses again to the same value (the server re-validates what the browser sent)', () => {
    const once = SpaceInputSchema.parse(validProcess);
    expect(SpaceInputSchema.parse(once)).toEqual(once);
  });

  it.each([
    ['Neulamaki', 'uppercase'],
    ['neula maki', 'space'],
    ['-neulamaki', 'leading hyphen'],
    ['neulamaki-', 'trailing hyphen'],
    ['neula--maki', 'double hyphen'],
    ['neulamäki', 'non-ascii'],
  ])('refuses the slug %s (%s)', (slug) => {
    const result = SpaceInputSchema.safeParse({ ...validProcess, slug });
    expect(errorsOf(result).slug).toBe(encodeMessage('slug'));
  });

  it('limits the slug to 80 characters', () => {
    expect(SpaceInputSchema.safeParse({ ...validProcess, slug: 'a'.repeat(80) }).success).toBe(true);
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, slug: 'a'.repeat(81) })).slug).toBe(
      encodeMessage('tooLong', { max: 80 }),
    );
  });

  it('requires a Finnish title and limits every language to 150 characters', () => {
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, title: { fi: '  ', sv: 'Titel' } }))['title.fi']).toBe(
      encodeMessage('required'),
    );
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, title: { fi: 'x'.repeat(151) } }))['title.fi']).toBe(
      encodeMessage('tooLong', { max: 150 }),
    );
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, title: { fi: 'ok', en: 'x'.repeat(151) } }))['title.en']).toBe(
      encodeMessage('tooLong', { max: 150 }),
    );
  });

  it('limits the subtitle to 250 and the description to 10 000 characters', () => {
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, subtitle: { fi: 'x'.repeat(251) } }))['subtitle.fi']).toBe(
      encodeMessage('tooLong', { max: 250 }),
    );
    expect(SpaceInputSchema.safeParse({ ...validProcess, description: { fi: 'x'.repeat(10_000) } }).success).toBe(true);
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, description: { fi: 'x'.repeat(10_001) } }))['description.fi']).toBe(
      encodeMessage('tooLong', { max: 10_000 }),
    );
  });

  it('requires an assembly type for assemblies and refuses one for processes', () => {
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, kind: 'ASSEMBLY' })).assemblyType).toBe(encodeMessage('required'));
    expect(SpaceInputSchema.safeParse({ ...validProcess, kind: 'ASSEMBLY', assemblyType: 'RURAL_COUNCIL' }).success).toBe(true);
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, assemblyType: 'YOUTH_COUNCIL' })).assemblyType).toBe(
      encodeMessage('unexpectedField'),
    );
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, kind: 'ASSEMBLY', assemblyType: 'PARLIAMENT' })).assemblyType).toBe(
      encodeMessage('invalidChoice'),
    );
  });

  it('refuses an unknown kind', () => {
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, kind: 'PROJECT' })).kind).toBe(encodeMessage('invalidChoice'));
  });

  it('requires the end date to be on or after the start date', () => {
    expect(SpaceInputSchema.safeParse({ ...validProcess, startDate: '2026-05-01', endDate: '2026-05-01' }).success).toBe(true);
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, startDate: '2026-05-02', endDate: '2026-05-01' })).endDate).toBe(
      encodeMessage('dateOrder'),
    );
    expect(SpaceInputSchema.safeParse({ ...validProcess, startDate: '', endDate: '2026-05-01' }).success).toBe(true);
  });

  it.each(['2026-13-01', '2026-02-30', '1.3.2026', 'tomorrow'])('refuses the date %s', (date) => {
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, startDate: date, endDate: '' })).startDate).toBe(
      encodeMessage('invalidDate'),
    );
  });

  it('requires a Finnish text alternative when a hero image is given', () => {
    const withImage = { ...validProcess, heroImageUrl: '/images/neulamaki.jpg' };
    expect(errorsOf(SpaceInputSchema.safeParse(withImage))['heroImageAlt.fi']).toBe(encodeMessage('required'));
    expect(SpaceInputSchema.safeParse({ ...withImage, heroImageAlt: { fi: 'Neulamäen ostoskeskus' } }).success).toBe(true);
  });

  it('refuses a hero image that is not https or under /images/', () => {
    const result = SpaceInputSchema.safeParse({ ...validProcess, heroImageUrl: 'javascript:alert(1)', heroImageAlt: { fi: 'x' } });
    expect(errorsOf(result).heroImageUrl).toBe(encodeMessage('imageUrlOwnOnly'));
  });

  it('takes area ids as a list of at most 50, without duplicates', () => {
    expect(SpaceInputSchema.parse({ ...validProcess, areaIds: ['a', 'b', 'a'] }).areaIds).toEqual(['a', 'b']);
    expect(SpaceInputSchema.parse({ ...validProcess, areaIds: false }).areaIds).toEqual([]);
    expect(SpaceInputSchema.parse({ ...validProcess, areaIds: 'a' }).areaIds).toEqual(['a']);
    const many = Array.from({ length: 51 }, (_, i) => `area-${i}`);
    expect(errorsOf(SpaceInputSchema.safeParse({ ...validProcess, areaIds: many })).areaIds).toBe(encodeMessage('tooManyItems', { max: 50 }));
  });

  it('defaults isPrivate to false on create and leaves it out on update unless given', () => {
    const { isPrivate: _omit, ...withoutPrivate } = validProcess;
    expect(SpaceInputSchema.parse(withoutPrivate).isPrivate).toBe(false);
    expect(SpaceUpdateSchema.parse(withoutPrivate).isPrivate).toBeUndefined();
    expect(SpaceUpdateSchema.parse({ ...withoutPrivate, isPrivate: true }).isPrivate).toBe(true);
  });
});

describe('isAllowedImageUrl', () => {
  const hosts = ['www.kuopio.fi', '*.kuvat.kuopio.fi'];
  it.each([
    ['https://www.kuopio.fi/kuvat/neulamaki.jpg', true],
    ['https://WWW.Kuopio.fi/kuvat/neulamaki.jpg', true],
    ['https://pankki.kuvat.kuopio.fi/neulamaki.jpg', true],
    ['/images/neulamaki.jpg', true],
    ['/images/spaces/neulamaki-2026.webp', true],
    ['https://kuvat.kuopio.fi/neulamaki.jpg', false], // "*." covers subdomains only, as in CSP
    ['https://tracker.example/pixel.gif', false],
    ['https://www.kuopio.fi.evil.example/kuva.jpg', false],
    ['https://evilwww.kuopio.fi/kuva.jpg', false],
    ['https://www.kuopio.fi:8443/kuva.jpg', false],
    ['http://www.kuopio.fi/kuva.jpg', false],
    ['https://user:pass@www.kuopio.fi/kuva.jpg', false],
    ['/images/../.env', false],
    ['/uploads/kuva.jpg', false],
    ['//evil.example/kuva.jpg', false],
    ['data:image/png;base64,AAAA', false],
    ['javascript:alert(1)', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedImageUrl(url, hosts)).toBe(allowed);
  });

  it('allows only the app\'s own images without IMAGE_HOSTS', () => {
    expect(isAllowedImageUrl('/images/neulamaki.jpg', [])).toBe(true);
    expect(isAllowedImageUrl('https://www.kuopio.fi/kuvat/neulamaki.jpg', [])).toBe(false);
  });

  it('names the allowed hosts in the message, or says that only own images are possible', () => {
    const input = { ...validProcess, heroImageUrl: 'https://tracker.example/x.jpg', heroImageAlt: { fi: 'Kuva' } };
    expect(errorsOf(spaceInputSchema(hosts).safeParse(input)).heroImageUrl).toBe(
      encodeMessage('imageUrl', { hosts: 'www.kuopio.fi, *.kuvat.kuopio.fi' }),
    );
    expect(errorsOf(spaceUpdateSchema([]).safeParse(input)).heroImageUrl).toBe(encodeMessage('imageUrlOwnOnly'));
    expect(spaceUpdateSchema(hosts).safeParse({ ...input, heroImageUrl: 'https://www.kuopio.fi/x.jpg' }).success).toBe(true);
  });
});

describe('PhaseInputSchema', () => {
  const phase = { title: { fi: 'Ideointi' }, description: { fi: '' }, startDate: '2026-03-01', endDate: '2026-04-15' };

  it('accepts a phase with an optional description', () => {
    const parsed = PhaseInputSchema.parse(phase);
    expect(parsed.description).toEqual({ fi: undefined, sv: undefined, en: undefined });
    expect(PhaseInputSchema.parse(parsed)).toEqual(parsed);
  });

  it('limits the title to 150 and the description to 5000 characters', () => {
    expect(errorsOf(PhaseInputSchema.safeParse({ ...phase, title: { fi: 'x'.repeat(151) } }))['title.fi']).toBe(
      encodeMessage('tooLong', { max: 150 }),
    );
    expect(errorsOf(PhaseInputSchema.safeParse({ ...phase, description: { fi: 'x'.repeat(5001) } }))['description.fi']).toBe(
      encodeMessage('tooLong', { max: 5000 }),
    );
  });

  it('checks the order of the dates', () => {
    expect(errorsOf(PhaseInputSchema.safeParse({ ...phase, startDate: '2026-05-01', endDate: '2026-04-01' })).endDate).toBe(
      encodeMessage('dateOrder'),
    );
  });
});

describe('SpaceRoleGrantSchema', () => {
  it('normalizes the email and takes one of the four roles', () => {
    expect(SpaceRoleGrantSchema.parse({ email: ' Coordinator@Kuopio.Example ', role: 'COORDINATOR' })).toEqual({
      email: 'coordinator@kuopio.example',
      role: 'COORDINATOR',
    });
    expect(errorsOf(SpaceRoleGrantSchema.safeParse({ email: 'x@kuopio.example', role: 'OWNER' })).role).toBe(encodeMessage('invalidChoice'));
    expect(errorsOf(SpaceRoleGrantSchema.safeParse({ email: 'not-an-email', role: 'ADMIN' })).email).toBe(encodeMessage('invalidEmail'));
  });
});

describe('SpaceMemberSchema', () => {
  const member = { fullName: 'Maija Meikäläinen', position: 'CHAIR', positionNote: { fi: '' }, userEmail: '', startDate: '', endDate: '' };

  it('accepts a member without an account', () => {
    const parsed = SpaceMemberSchema.parse(member);
    expect(parsed.userEmail).toBeUndefined();
    expect(SpaceMemberSchema.parse(parsed)).toEqual(parsed);
  });

  it('validates name length, position, email and dates', () => {
    expect(errorsOf(SpaceMemberSchema.safeParse({ ...member, fullName: ' ' })).fullName).toBe(encodeMessage('required'));
    expect(errorsOf(SpaceMemberSchema.safeParse({ ...member, fullName: 'x'.repeat(121) })).fullName).toBe(encodeMessage('tooLong', { max: 120 }));
    expect(errorsOf(SpaceMemberSchema.safeParse({ ...member, position: 'KING' })).position).toBe(encodeMessage('invalidChoice'));
    expect(errorsOf(SpaceMemberSchema.safeParse({ ...member, userEmail: 'maija' })).userEmail).toBe(encodeMessage('invalidEmail'));
    expect(errorsOf(SpaceMemberSchema.safeParse({ ...member, positionNote: { fi: 'x'.repeat(121) } }))['positionNote.fi']).toBe(
      encodeMessage('tooLong', { max: 120 }),
    );
    expect(errorsOf(SpaceMemberSchema.safeParse({ ...member, startDate: '2026-02-01', endDate: '2026-01-01' })).endDate).toBe(
      encodeMessage('dateOrder'),
    );
  });
});
