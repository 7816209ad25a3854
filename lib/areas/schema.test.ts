import { describe, expect, it } from 'vitest';
import { AreaInputSchema, allBoundaryMessages, AREA_NAME_MAX, BOUNDARY_TEXT_MAX } from './schema';
import { decodeMessage } from '@/lib/core/validation-message';

const ring = [
  [27.62, 62.87],
  [27.63, 62.87],
  [27.63, 62.88],
  [27.62, 62.88],
  [27.62, 62.87],
];
const validBoundary = JSON.stringify({ type: 'Polygon', coordinates: [ring] });

const valid = {
  slug: 'uusi-alue-2',
  kind: 'NEIGHBOURHOOD',
  name: { fi: 'Uusi alue', sv: '', en: '' },
  description: { fi: 'Kuvaus', sv: '', en: '' },
  parentId: '',
  boundary: validBoundary,
  isBoundaryApproximate: true,
  population: '7400',
};

/** Field path → decoded message keys of a failed parse. */
function errors(input: unknown): Record<string, string[]> {
  const parsed = AreaInputSchema.safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (out[issue.path.join('.')] ??= []).push(decodeMessage(issue.message).key);
  return out;
}

describe('AreaInputSchema', () => {
  it('parses form values into clean data', () => {
    const data = AreaInputSchema.parse(valid);
    expect(data).toEqual({
      slug: 'uusi-alue-2',
      kind: 'NEIGHBOURHOOD',
      name: { fi: 'Uusi alue', sv: undefined, en: undefined },
      description: { fi: 'Kuvaus', sv: undefined, en: undefined },
      parentId: null,
      boundary: validBoundary,
      isBoundaryApproximate: true,
      population: 7400,
    });
  });

  it('gives output that parses again to the same value (the form sends parsed values to the action)', () => {
    const once = AreaInputSchema.parse(valid);
    expect(AreaInputSchema.parse(once)).toEqual(once);
  });

  it('treats empty optional fields as absent', () => {
    const data = AreaInputSchema.parse({ ...valid, boundary: '   ', population: '', description: undefined, isBoundaryApproximate: undefined });
    expect(data.boundary).toBeNull();
    expect(data.population).toBeNull();
    expect(data.isBoundaryApproximate).toBe(false);
  });

  it.each([
    ['Uusi Alue', 'slug'],
    ['ääkköset', 'slug'],
    ['-alku', 'slug'],
    ['kaksi--viivaa', 'slug'],
    ['', 'required'],
    ['a'.repeat(65), 'tooLong'],
  ])('rejects slug %j with %s', (slug, key) => {
    expect(errors({ ...valid, slug }).slug).toContain(key);
  });

  it('requires the Finnish name and limits name length', () => {
    expect(errors({ ...valid, name: { fi: '' } })['name.fi']).toEqual(['required']);
    expect(errors({ ...valid, name: { fi: 'x'.repeat(AREA_NAME_MAX + 1) } })['name.fi']).toEqual(['tooLong']);
    expect(errors({ ...valid, name: { fi: 'ok', sv: 'x'.repeat(AREA_NAME_MAX + 1) } })['name.sv']).toEqual(['tooLong']);
  });

  it('limits description length', () => {
    expect(errors({ ...valid, description: { fi: 'x'.repeat(2001) } })['description.fi']).toEqual(['tooLong']);
  });

  it('rejects an unknown kind', () => {
    expect(errors({ ...valid, kind: 'CITY' }).kind).toEqual(['invalidChoice']);
  });

  it.each([
    ['-5', 'tooSmall'],
    ['7.5', 'wholeNumber'],
    ['paljon', 'wholeNumber'],
    ['99999999', 'tooBig'],
  ])('rejects population %j with %s', (population, key) => {
    expect(errors({ ...valid, population }).population).toEqual([key]);
  });

  it('accepts a population with a thousands space', () => {
    expect(AreaInputSchema.parse({ ...valid, population: '7 400' }).population).toBe(7400);
  });

  it('reports every GeoJSON problem on the boundary field, per feature', () => {
    const open = ring.slice(0, 4);
    const boundary = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } },
        { type: 'Feature', properties: { name: 'Rikki' }, geometry: { type: 'Polygon', coordinates: [open] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [27.6, 62.8] } },
      ],
    });
    const parsed = AreaInputSchema.safeParse({ ...valid, boundary });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.filter((i) => i.path.join('.') === 'boundary').map((i) => decodeMessage(i.message));
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({ key: 'geojsonFeature', params: { feature: '2 (Rikki)' } });
    expect(decodeMessage(String(messages[0]!.params.problem)).key).toBe('geojsonRing');
    expect(messages[1]).toMatchObject({ key: 'geojsonFeature', params: { feature: '3' } });
    expect(decodeMessage(String(messages[1]!.params.problem))).toEqual({ key: 'geojsonType', params: { type: 'Point' } });
  });

  it('reports invalid JSON on the boundary field', () => {
    expect(errors({ ...valid, boundary: '{"type": ' }).boundary).toEqual(['invalidJson']);
  });

  it('rejects an absurdly long boundary text before parsing it', () => {
    expect(allBoundaryMessages('x'.repeat(BOUNDARY_TEXT_MAX + 1)).map((m) => decodeMessage(m).key)).toEqual(['tooLong']);
  });

  it('lists all boundary problems for the form', () => {
    expect(allBoundaryMessages(validBoundary)).toEqual([]);
    expect(allBoundaryMessages('')).toEqual([]);
    expect(allBoundaryMessages('nope').map((m) => decodeMessage(m).key)).toEqual(['invalidJson']);
  });
});
